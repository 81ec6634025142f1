import { useVerifyPhoneConfig } from '../../src/hooks/verifyPhoneConfig.js'
import { formatMessage, messageParts } from '../../src/i18n/format.js'
import { languageOf } from '../../src/i18n/direction.js'
import type { Message } from '../../src/i18n/types.js'

// Words of the story scaffolding (mock clock, simulated phone, SMS preview) in
// the toolbar's five locales. They are the Storybook's, not the kit's, so they
// stay out of the kit's catalogues.

const en = {
  formSave: 'Save',
  formSubmitted: 'Submitted: {value}',
  formNothing: 'nothing yet',
  modalOpen: 'Change phone number',
  modalClose: 'Close',
  pasteExample: 'Paste “{text}”',
  clockGroup: 'Mock clock',
  clockTime: 'Mock time: {time}',
  clockForward: 'Move the mock clock forward {duration}',
  clockReal: 'Runs in real time; the buttons jump ahead.',
  clockManual: 'Manual: stands still until a button moves it.',
  restart: 'Restart the story',
  phoneTitle: 'Simulated phone',
  phoneEmpty: 'No messages yet.',
  phoneMeta: 'To {to} at {time}',
  previewTitle: 'SMS preview',
  previewFrom: 'From {sender}:',
  previewDefaultSender: 'the default sender',
  previewNoCode: 'The code appears here once one is sent.',
  previewPasses: 'Passes the checks made before sending.',
  previewMessageIssue: 'Custom message: {issue}',
  previewSenderIssue: 'Sender id: {issue}',
  stateFailed: 'This state could not be reached: {reason}',
  issueEMPTY: 'is empty',
  issueMISSING_APP_PLACEHOLDER: 'needs the {app} placeholder',
  issueMISSING_OTP_PLACEHOLDER: 'needs the {otp} placeholder',
  issueTOO_LONG: 'is too long',
  issueINVALID_CHARACTERS: 'may hold only letters, digits and hyphens',
  issueNO_LETTER: 'needs at least one letter',
  issueEDGE_HYPHEN: 'cannot start or end with a hyphen',
} satisfies Record<string, Message>

/** The keys of the scaffolding's words. */
export type StoryMessageKey = keyof typeof en
type StoryMessages = Record<StoryMessageKey, Message>
/** Translates a scaffolding key. */
export type StoryTranslate = (key: StoryMessageKey, params?: Record<string, string | number>) => string

const fr: StoryMessages = {
  formSave: 'Enregistrer',
  formSubmitted: 'Envoyé : {value}',
  formNothing: 'rien pour l’instant',
  modalOpen: 'Changer de numéro de téléphone',
  modalClose: 'Fermer',
  pasteExample: 'Collez « {text} »',
  clockGroup: 'Horloge simulée',
  clockTime: 'Heure simulée : {time}',
  clockForward: 'Avancer l’horloge simulée de {duration}',
  clockReal: 'Suit l’heure réelle ; les boutons la font avancer.',
  clockManual: 'Manuelle : immobile tant qu’un bouton ne la fait pas avancer.',
  restart: 'Recommencer l’histoire',
  phoneTitle: 'Téléphone simulé',
  phoneEmpty: 'Aucun message pour l’instant.',
  phoneMeta: 'À {to} à {time}',
  previewTitle: 'Aperçu du SMS',
  previewFrom: 'De {sender} :',
  previewDefaultSender: 'l’expéditeur par défaut',
  previewNoCode: 'Le code s’affiche ici dès qu’il est envoyé.',
  previewPasses: 'Passe les vérifications faites avant l’envoi.',
  previewMessageIssue: 'Message personnalisé : {issue}',
  previewSenderIssue: 'Identifiant d’expéditeur : {issue}',
  stateFailed: 'Cet état n’a pas pu être atteint : {reason}',
  issueEMPTY: 'est vide',
  issueMISSING_APP_PLACEHOLDER: 'doit contenir {app}',
  issueMISSING_OTP_PLACEHOLDER: 'doit contenir {otp}',
  issueTOO_LONG: 'est trop long',
  issueINVALID_CHARACTERS: 'ne peut contenir que des lettres, des chiffres et des tirets',
  issueNO_LETTER: 'doit contenir au moins une lettre',
  issueEDGE_HYPHEN: 'ne peut ni commencer ni finir par un tiret',
}

const de: StoryMessages = {
  formSave: 'Speichern',
  formSubmitted: 'Gesendet: {value}',
  formNothing: 'noch nichts',
  modalOpen: 'Telefonnummer ändern',
  modalClose: 'Schließen',
  pasteExample: '„{text}“ einfügen',
  clockGroup: 'Simulierte Uhr',
  clockTime: 'Simulierte Zeit: {time}',
  clockForward: 'Simulierte Uhr um {duration} vorstellen',
  clockReal: 'Läuft in Echtzeit; die Knöpfe springen vor.',
  clockManual: 'Manuell: steht still, bis ein Knopf sie vorstellt.',
  restart: 'Story neu starten',
  phoneTitle: 'Simuliertes Telefon',
  phoneEmpty: 'Noch keine Nachrichten.',
  phoneMeta: 'An {to} um {time}',
  previewTitle: 'SMS-Vorschau',
  previewFrom: 'Von {sender}:',
  previewDefaultSender: 'dem Standardabsender',
  previewNoCode: 'Der Code erscheint hier, sobald einer gesendet wurde.',
  previewPasses: 'Besteht die Prüfungen vor dem Senden.',
  previewMessageIssue: 'Eigene Nachricht: {issue}',
  previewSenderIssue: 'Absenderkennung: {issue}',
  stateFailed: 'Dieser Zustand wurde nicht erreicht: {reason}',
  issueEMPTY: 'ist leer',
  issueMISSING_APP_PLACEHOLDER: 'braucht den Platzhalter {app}',
  issueMISSING_OTP_PLACEHOLDER: 'braucht den Platzhalter {otp}',
  issueTOO_LONG: 'ist zu lang',
  issueINVALID_CHARACTERS: 'darf nur Buchstaben, Ziffern und Bindestriche enthalten',
  issueNO_LETTER: 'braucht mindestens einen Buchstaben',
  issueEDGE_HYPHEN: 'darf nicht mit einem Bindestrich beginnen oder enden',
}

const es: StoryMessages = {
  formSave: 'Guardar',
  formSubmitted: 'Enviado: {value}',
  formNothing: 'nada todavía',
  modalOpen: 'Cambiar el número de teléfono',
  modalClose: 'Cerrar',
  pasteExample: 'Pegue «{text}»',
  clockGroup: 'Reloj simulado',
  clockTime: 'Hora simulada: {time}',
  clockForward: 'Adelantar el reloj simulado {duration}',
  clockReal: 'Sigue la hora real; los botones lo adelantan.',
  clockManual: 'Manual: no avanza hasta que un botón lo mueve.',
  restart: 'Reiniciar la historia',
  phoneTitle: 'Teléfono simulado',
  phoneEmpty: 'Aún no hay mensajes.',
  phoneMeta: 'Para {to} a las {time}',
  previewTitle: 'Vista previa del SMS',
  previewFrom: 'De {sender}:',
  previewDefaultSender: 'el remitente predeterminado',
  previewNoCode: 'El código aparece aquí en cuanto se envía uno.',
  previewPasses: 'Supera las comprobaciones previas al envío.',
  previewMessageIssue: 'Mensaje personalizado: {issue}',
  previewSenderIssue: 'Identificador del remitente: {issue}',
  stateFailed: 'No se pudo llegar a este estado: {reason}',
  issueEMPTY: 'está vacío',
  issueMISSING_APP_PLACEHOLDER: 'necesita el marcador {app}',
  issueMISSING_OTP_PLACEHOLDER: 'necesita el marcador {otp}',
  issueTOO_LONG: 'es demasiado largo',
  issueINVALID_CHARACTERS: 'solo admite letras, cifras y guiones',
  issueNO_LETTER: 'necesita al menos una letra',
  issueEDGE_HYPHEN: 'no puede empezar ni terminar con un guion',
}

const ar: StoryMessages = {
  formSave: 'حفظ',
  formSubmitted: 'ما أُرسل: {value}',
  formNothing: 'لا شيء بعد',
  modalOpen: 'تغيير رقم الهاتف',
  modalClose: 'إغلاق',
  pasteExample: 'الصق «{text}»',
  clockGroup: 'الساعة المحاكاة',
  clockTime: 'الوقت المحاكى: {time}',
  clockForward: 'تقديم الساعة المحاكاة {duration}',
  clockReal: 'تسير بالوقت الحقيقي؛ والأزرار تقدّمها.',
  clockManual: 'يدوية: متوقفة حتى يحرّكها زر.',
  restart: 'إعادة تشغيل القصة',
  phoneTitle: 'هاتف محاكى',
  phoneEmpty: 'لا توجد رسائل بعد.',
  phoneMeta: 'إلى {to} في {time}',
  previewTitle: 'معاينة الرسالة النصية',
  previewFrom: 'من {sender}:',
  previewDefaultSender: 'المرسل الافتراضي',
  previewNoCode: 'يظهر الرمز هنا بمجرد إرساله.',
  previewPasses: 'تجتاز الفحوص التي تسبق الإرسال.',
  previewMessageIssue: 'الرسالة المخصصة: {issue}',
  previewSenderIssue: 'معرّف المرسل: {issue}',
  stateFailed: 'تعذّر الوصول إلى هذه الحالة: {reason}',
  issueEMPTY: 'فارغة',
  issueMISSING_APP_PLACEHOLDER: 'ينقصها العنصر النائب {app}',
  issueMISSING_OTP_PLACEHOLDER: 'ينقصها العنصر النائب {otp}',
  issueTOO_LONG: 'طويلة جدًا',
  issueINVALID_CHARACTERS: 'لا تقبل إلا الحروف والأرقام والشرطات',
  issueNO_LETTER: 'تحتاج إلى حرف واحد على الأقل',
  issueEDGE_HYPHEN: 'لا يجوز أن تبدأ أو تنتهي بشرطة',
}

/** The scaffolding's words by language subtag. */
export const STORY_MESSAGES: Readonly<Record<string, StoryMessages>> = { en, fr, de, es, ar }

/** A translate function for the scaffolding in `locale` (English for any other language). */
export function storyText(locale: string): StoryTranslate {
  const messages = STORY_MESSAGES[languageOf(locale)] ?? en
  return (key, params) => formatMessage(messages[key], locale, params)
}

/** A message split around its placeholders, each filled by `fill` (markup such as a `<bdi>`). */
export function storyParts<T>(locale: string, key: StoryMessageKey, fill: (placeholder: string) => T): Array<string | T> {
  const messages = STORY_MESSAGES[languageOf(locale)] ?? en
  const names = Object.fromEntries([...String(messages[key]).matchAll(/\{(\w+)\}/g)].map((match) => [match[1]!, match[1]!]))
  return messageParts(messages[key], locale, names).map((part) => ('text' in part ? part.text : fill(part.placeholder)))
}

/** The toolbar's locale (through the provider the preview puts around every story) and its translate function. */
export function useStoryText(): { locale: string; st: StoryTranslate } {
  const locale = useVerifyPhoneConfig().locale ?? 'en'
  return { locale, st: storyText(locale) }
}
