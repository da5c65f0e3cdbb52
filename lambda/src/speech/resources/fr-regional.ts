import type { Overrides } from './words';

/*
 * France calls the 15 (the SAMU) for a medical emergency: the SAMU doctor triages and sends help,
 * and it is the number French health advice gives for a medical emergency; 112 works but is routed
 * on to the 15 or the fire brigade. The base French words already say "le quinze, le Samu", so
 * fr-FR needs nothing of its own. Québec calls the 911 and says "physiothérapeute".
 */

export const frFR = (): Overrides => ({});

export const frCA = (): Overrides => ({
  screen: {
    referral:
      "Merci de me l'avoir dit. Dans ce cas, ne vous étirez pas aujourd'hui : voyez d'abord un médecin ou un physiothérapeute. Et si vous avez des troubles de la vessie ou des intestins, un engourdissement entre les jambes ou une faiblesse soudaine dans une jambe, appelez le neuf un un tout de suite. Prenez soin de vous.",
  },
  safety: {
    warning:
      "J'arrête la routine maintenant. Voici quelque chose à faire vérifier : {{what}}. Laissez les étirements pour aujourd'hui et parlez-en bientôt à un médecin ou à un physiothérapeute.",
    warningUrgent:
      "J'arrête la routine maintenant. {{what}} : cela peut être le signe d'une compression des nerfs à la base de la colonne, et cela demande une aide médicale urgente. Appelez le neuf un un tout de suite.",
  },
});
