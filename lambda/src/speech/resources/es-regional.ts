import type { Overrides } from './words';

/*
 * Where Spanish differs by country: the emergency number, said as people say it ("uno uno dos" in
 * Spain; "nueve uno uno" in Mexico and the US), and who you see (in Mexico and the US people say
 * "terapeuta físico" as often as "fisioterapeuta").
 */

function emergency(number: string, clinician: string): Overrides {
  return {
    screen: {
      referral: `Gracias por contármelo. Con eso, hoy mejor no estires: consulta primero con tu médico o con ${clinician}, y si tienes problemas con la vejiga o el intestino, adormecimiento entre las piernas o debilidad repentina en una pierna, llama ahora mismo al ${number}. Cuídate.`,
    },
    safety: {
      warning: `Voy a parar la rutina ahora. Esto conviene revisarlo: {{what}}. Deja los estiramientos por hoy y habla pronto con tu médico o con ${clinician}.`,
      warningUrgent: `Voy a parar la rutina ahora. {{what}}: puede ser señal de presión sobre los nervios de la base de la columna, y necesita atención médica urgente. Llama ahora mismo al ${number}.`,
    },
  };
}

export const esES = (): Overrides => emergency('uno uno dos', 'un fisioterapeuta');
export const esMX = (): Overrides => emergency('nueve uno uno', 'un terapeuta físico');
export const esUS = (): Overrides => emergency('nueve uno uno', 'un terapeuta físico');
