import type { Messages } from '../types.js'

// French typography: a no-break space (U+00A0) before « : » and inside « »,
// a narrow no-break space (U+202F) before « ; ! ? », so that punctuation never
// wraps onto a line of its own. They are written as escapes to stay visible.
// CLDR's `one` covers 0 and 1 in French; `many` is for large round numbers
// (1 000 000 de…), which take « de ».

/** French, in the polite « vous » register. */
export const fr: Messages = {
  phoneHeading: 'Vérifiez votre numéro de téléphone',
  phoneLabel: 'Numéro de mobile',
  phoneHint: 'Nous allons vous envoyer un code par SMS\u00A0: indiquez un numéro de mobile.',
  phoneTooShort: 'Ce numéro est trop court.',
  phoneTooLong: 'Ce numéro est trop long.',
  phoneInvalidLength: 'Ce numéro n’a pas le bon nombre de chiffres.',
  phoneInvalidCountry: 'Choisissez le pays de ce numéro.',
  phoneNotANumber: 'Saisissez un numéro de téléphone.',
  phoneInvalid: 'Ce numéro de mobile n’est pas valide.',
  phoneRequired: 'Saisissez votre numéro de mobile.',
  countryButtonLabel: 'Pays\u00A0: {country} (+{callingCode})',
  countrySearchLabel: 'Rechercher un pays',
  countrySearchPlaceholder: 'Nom, code ou +33',
  countryListLabel: 'Pays',
  countryNoResults: 'Aucun pays ne correspond à «\u00A0{query}\u00A0».',
  countryPreferredGroup: 'Suggestions',
  countryAllGroup: 'Tous les pays',
  sendCode: 'Envoyer le code',
  sendingCode: 'Envoi en cours…',

  codeHeading: 'Saisissez le code',
  codeLabel: {
    one: 'Code de vérification, {count} chiffre',
    many: 'Code de vérification, {count} de chiffres',
    other: 'Code de vérification, {count} chiffres',
  },
  codeSentTo: 'Nous avons envoyé un code au {phone}.',
  changeNumber: 'Modifier le numéro',
  verify: 'Vérifier',
  verifying: 'Vérification…',
  autoSubmitInstructions: 'Le code est vérifié dès que vous saisissez le dernier chiffre.',
  codeLifetime: {
    one: 'Le code est valable {count} minute.',
    many: 'Le code est valable {count} de minutes.',
    other: 'Le code est valable {count} minutes.',
  },
  resendCode: 'Envoyer un nouveau code',
  resendIn: 'Vous pourrez demander un nouveau code dans {time}.',
  resendSending: 'Envoi d’un nouveau code…',
  newCodeSent: 'Nouveau code envoyé.',
  codeIncomplete: {
    one: 'Saisissez le code complet ({count} chiffre).',
    many: 'Saisissez le code complet ({count} de chiffres).',
    other: 'Saisissez le code complet ({count} chiffres).',
  },
  codeWrong: {
    one: 'Ce code est incorrect. Il vous reste {count} tentative.',
    many: 'Ce code est incorrect. Il vous reste {count} de tentatives.',
    other: 'Ce code est incorrect. Il vous reste {count} tentatives.',
  },
  codeExpired: 'Ce code a expiré.',
  getNewCode: 'Recevoir un nouveau code',

  lockedHeading: 'Trop de tentatives',
  lockedBody: 'Pour votre sécurité, la vérification est suspendue jusqu’à {time}.',
  lockedCountdown: 'Vous pourrez réessayer dans {countdown}.',
  lockedTryAgain: 'Réessayer',
  verifiedHeading: 'Numéro de téléphone vérifié',
  verifiedBody: 'Le numéro {phone} est désormais vérifié sur votre compte.',
  startOver: 'Vérifier un autre numéro',

  errorInvalidPhone: 'Ce numéro ne peut pas recevoir de code. Vérifiez-le, puis réessayez.',
  errorInvalidRequest: 'La demande a été refusée. Vérifiez le numéro, puis réessayez.',
  errorAlreadyVerified: 'Ce numéro est déjà vérifié.',
  errorRateLimited: {
    one: 'Trop de demandes. Réessayez dans {count} seconde.',
    many: 'Trop de demandes. Réessayez dans {count} de secondes.',
    other: 'Trop de demandes. Réessayez dans {count} secondes.',
  },
  errorRateLimitedUnknown: 'Trop de demandes. Patientez un instant, puis réessayez.',
  errorUnauthorized: 'Votre session a expiré. Reconnectez-vous pour continuer.',
  errorNotFound: 'Le service de vérification est introuvable.',
  errorNetwork: 'Vous semblez hors ligne. Vérifiez votre connexion, puis réessayez.',
  errorTimeout: 'Le serveur a mis trop de temps à répondre. Réessayez.',
  errorServer: 'Un problème est survenu de notre côté. Réessayez dans un instant.',
  errorBadResponse: 'Le serveur a renvoyé une réponse inattendue. Réessayez.',
  retry: 'Réessayer',

  announceCodeSent: 'Code envoyé au {phone}.',
  announceCodeResent: 'Nouveau code envoyé au {phone}.',
  announceCodeWrong: {
    one: 'Code incorrect. Il vous reste {count} tentative.',
    many: 'Code incorrect. Il vous reste {count} de tentatives.',
    other: 'Code incorrect. Il vous reste {count} tentatives.',
  },
  announceCodeExpired: 'Le code a expiré. Demandez-en un nouveau.',
  announceLocked: 'Trop de tentatives. Vous pourrez réessayer à {time}.',
  announceVerified: 'Numéro de téléphone vérifié.',
  announceResendAvailable: 'Vous pouvez maintenant demander un nouveau code.',
  announceAutoSubmit: 'Vérification du code en cours.',
}
