interface RenderedInput {
  labelledBy?: string;
  _renderedInputControlElement?: HTMLElement;
  _renderedLabelElement?: HTMLElement;
  _renderedErrorMessageElement?: HTMLElement;
}

/**
 * Adaptive Cards 3.0 names an invalid field by its label *and* its error message (« Prénom de l’enfant
 * Prénom : ce champ est obligatoire »). Berceau keeps the label as the name and gives the error as the
 * description, with `aria-invalid`, which is how screen readers expect a field error.
 */
export function patchAdaptiveCards(adaptiveCards: { Input: { prototype: object }; RequiredInputLabelTextDefinition: { prototype: object } }): void {
  requireInWords(adaptiveCards.RequiredInputLabelTextDefinition.prototype);
  Object.assign(adaptiveCards.Input.prototype, {
    updateInputControlAriaLabelledBy(this: RenderedInput) {
      const control = this._renderedInputControlElement;
      if (!control) return;
      const labels = [this.labelledBy, this._renderedLabelElement?.id].filter((id): id is string => !!id);
      if (labels.length > 0) control.setAttribute('aria-labelledby', labels.join(' '));
      else control.removeAttribute('aria-labelledby');
      const error = this._renderedErrorMessageElement?.id;
      if (error) {
        control.setAttribute('aria-describedby', error);
        control.setAttribute('aria-invalid', 'true');
      } else {
        control.removeAttribute('aria-describedby');
        control.removeAttribute('aria-invalid');
      }
    },
  });
}

/**
 * Required fields say « (obligatoire) » in words instead of an unexplained red « * ». The host config cannot
 * say it: Adaptive Cards 3.0.6 resets `suffix` after parsing it (a class-field initialiser runs after `parse`),
 * so the value is fixed on the prototype, where those assignments land and are ignored.
 */
function requireInWords(prototype: object): void {
  Object.defineProperty(prototype, 'suffix', { configurable: true, get: () => ' (obligatoire)', set: () => undefined });
  Object.defineProperty(prototype, 'suffixColor', { configurable: true, get: () => 0, set: () => undefined });
}

/** Host-config overrides on top of Web Chat's: bold labels, errors in normal size right under their field. */
export const HOST_CONFIG_OVERRIDES = {
  inputs: {
    label: {
      inputSpacing: 'small',
      requiredInputs: { weight: 'bolder' },
      optionalInputs: { weight: 'bolder' },
    },
    errorMessage: { size: 'default', spacing: 'small', weight: 'bolder' },
  },
};
