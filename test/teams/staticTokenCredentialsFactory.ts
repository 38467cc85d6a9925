import { ServiceClientCredentialsFactory, type ServiceClientCredentials } from 'botframework-connector';

/**
 * Outbound credentials for tests: replies are signed with a fixed bearer token instead of one obtained from
 * Entra ID (which the tests cannot reach). Validation of incoming tokens still uses `appId` as the audience.
 */
export class StaticTokenCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(
    private readonly appId: string,
    private readonly token: string,
  ) {
    super();
  }

  async isValidAppId(appId: string): Promise<boolean> {
    return appId === this.appId;
  }

  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }

  async createCredentials(appId: string): Promise<ServiceClientCredentials> {
    if (appId !== this.appId) throw new Error(`create test credentials: unexpected app id ${appId}`);
    return {
      signRequest: async (webResource) => {
        webResource.headers.set('authorization', `Bearer ${this.token}`);
        return webResource;
      },
    };
  }
}
