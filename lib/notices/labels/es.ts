import type { LabelSet } from './types';

/**
 * Spanish (Amazon.es, Amazon.com.mx). No Spanish notice is quoted in the digests: every label,
 * heading and event below is the natural Spanish form of the English template (both "tu" and
 * "su" forms), written broadly. "marca" alone means brand, so only "marca registrada" and
 * similar count as trademark words.
 */
export const es: LabelSet = {
  language: 'es',
  fields: {
    asin: ['ASIN'],
    title: ['Título', 'Título del producto'],
    infringementType: ['Tipo de infracción', 'Tipo de reclamación', 'Tipo de queja'],
    complaintId: ['ID de reclamación', 'ID de la reclamación', 'Número de reclamación', 'ID de queja'],
    trademarkNumber: ['Número de marca', 'Número de registro de la marca', 'Número de marca registrada'],
    patentNumber: ['Número de patente'],
    sku: ['SKU'],
    rightsOwnerName: ['Titular de los derechos', 'Titular de derechos'],
    rightsOwnerEmail: ['Correo electrónico', 'E-mail'],
    rightsOwnerBlock: ['datos de contacto del titular de los derechos', 'información de contacto del titular de los derechos'],
    subject: ['Asunto'],
    date: ['Fecha', 'Enviado'],
  },
  lineStart: ['Correo electrónico', 'E-mail', 'Asunto', 'Fecha', 'Enviado'],
  headings: [
    '¿Por qué ha ocurrido esto?',
    '¿Por qué ocurrió esto?',
    '¿Por qué ha pasado esto?',
    'Estamos aquí para ayudarte.',
    'Estamos aquí para ayudarle.',
    '¿Cómo reactivo mi oferta?',
    '¿Cómo puedo reactivar mi oferta?',
    '¿Cómo envío esta información?',
    '¿Se han eliminado tus ofertas por error?',
  ],
  greetings: ['Hola,', 'Estimado vendedor', 'Estimado cliente'],
  amazonClaims: ['Amazon Services Europe', 'Equipo de Rendimiento de Vendedores', 'El equipo de Amazon', 'Amazon.es'],
  examplesIntro: ['Ejemplos de términos no aceptables', 'Ejemplos de términos aceptables'],
  loginWords: ['iniciar sesión', 'inicia sesión', 'verificar', 'verificación', 'contraseña'],
  vocabulary: {
    trademark: ['marca registrada', 'derechos de marca', 'marca comercial', 'infracción de marca'],
    copyright: ['derechos de autor', 'derecho de autor'],
    patent: ['patente', 'patentes'],
    design: ['diseño industrial', 'diseño registrado', 'patente de diseño', 'dibujo o modelo'],
    counterfeit: ['falsificado', 'falsificados', 'falsificación', 'no auténtico', 'no auténticos'],
    rightsOwner: ['titular de los derechos', 'titular de derechos', 'propietario de los derechos'],
    infringement: ['propiedad intelectual', 'infringir', 'infringe', 'infracción', 'vulnerar'],
    policyWarning: ['advertencia sobre la política', 'advertencia de política', 'infracción de la política'],
    brandRegistry: ['registro de marcas', 'función de venta', 'funciones de venta'],
    reporter: ['reclamación del titular', 'notificación del titular', 'titular de los derechos nos ha informado'],
  },
  events: {
    retraction: ['ha retirado su reclamación', 'retirado la reclamación', 'ha sido restablecida', 'han sido restablecidas', 'hemos restablecido', 'hemos reactivado', 'ha sido reactivada', 'han sido reactivadas'],
    accountDeactivated: ['cuenta de vendedor ha sido desactivada', 'desactivado tu cuenta', 'desactivado su cuenta', 'privilegios de venta han sido'],
    listingRemoved: [
      'eliminado algunas de tus ofertas', 'eliminado algunas de sus ofertas', 'ofertas han sido eliminadas',
      'oferta ha sido eliminada', 'desactivado tus ofertas', 'eliminado tu oferta', 'ofertas se han eliminado',
    ],
    imagesRemoved: ['eliminado algunas de tus imágenes', 'imágenes han sido eliminadas', 'imagen ha sido eliminada'],
    warning: ['advertencia'],
  },
  meaning: {
    seen: 'real/es-*.txt (crowcompanylimited.it/es); the rest is the natural Spanish of the English template',
    subjects: {
      account: ['cuenta', 'cuentas'],
      privileges: ['privilegios', 'privilegio', 'permisos'],
      listing: ['anuncio', 'anuncios', 'oferta', 'ofertas', 'listado', 'listados', 'asin', 'asins', 'publicación', 'publicaciones'],
      images: ['imagen', 'imágenes'],
      rightsOwner: ['titular', 'titulares', 'propietario'],
    },
    actions: {
      removed: ['eliminado', 'eliminada', 'eliminados', 'eliminadas', 'retirado', 'retirada', 'retirados', 'retiradas', 'cancelado', 'cancelada', 'cancelados', 'canceladas', 'revocado', 'revocados', 'bloqueado', 'bloqueada', 'bloqueados', 'cerrada', 'cerrado'],
      deactivated: ['desactivado', 'desactivada', 'desactivados', 'desactivadas', 'inhabilitada', 'inhabilitado'],
      suspended: ['suspendido', 'suspendida', 'suspendidos', 'suspendidas'],
      inactive: ['inactivo', 'inactiva', 'inactivos', 'inactivas'],
      reinstated: ['reactivado', 'reactivada', 'reactivados', 'reactivadas', 'restablecido', 'restablecida', 'restablecidos', 'restablecidas'],
      active: ['activo', 'activa', 'activos', 'activas'],
      reported: ['reclamación', 'reclamaciones', 'notificación', 'denuncia', 'informado', 'notificado', 'queja', 'quejas'],
    },
    negations: ['no', 'nunca', 'ningún', 'ninguna', 'sin'],
    modals: ['puede', 'pueden', 'podría', 'podrían', 'podremos', 'riesgo', 'evitar'],
    conditionals: ['si'],
    futures: [],
    remain: ['sigue', 'siguen', 'permanece', 'permanecen', 'seguirá', 'continúa'],
    conjunctions: ['y', 'e', 'pero', 'o'],
  },
  months: [
    ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'],
    ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sep', 'sept'], ['octubre', 'oct'],
    ['noviembre', 'nov'], ['diciembre', 'dic'],
  ],
  stopwords: ['el', 'los', 'las', 'del', 'su', 'sus', 'para', 'por', 'hemos', 'usted', 'tus', 'tu', 'esta', 'este', 'está', 'puede', 'sido', 'han', 'y'],
};
