import type { Channel } from '../model/channel.ts';
import type { Locale } from './texts.ts';

export type PersonaId = 'digital_native' | 'traditional_shopper' | 'bargain_hunter' | 'loyal_advocate';

interface PersonaText {
  name: string;
  description: string;
  quote: string;
  occupation: string;
  goals: string[];
  frustrations: string[];
}

/**
 * A demo persona as the sample map shows it. Every generated person carries the id in the
 * identify trait `persona_hint`, so a persona's segment rule can select exactly its people.
 */
export interface DemoPersona {
  id: PersonaId;
  emoji: string;
  /** Share of generated people with this persona. */
  share: number;
  ageRange: { min: number; max: number };
  preferredChannels: Channel[];
  text: Record<Locale, PersonaText>;
}

export const DEMO_PERSONAS: readonly DemoPersona[] = [
  {
    id: 'digital_native',
    emoji: '📱',
    share: 0.35,
    ageRange: { min: 22, max: 35 },
    preferredChannels: ['app', 'web', 'social', 'ads', 'push'],
    text: {
      en: {
        name: 'Digital native',
        description:
          'Tech-savvy young professional who discovers products on social media, compares on the phone and buys in the app within days.',
        quote: 'If I can’t buy it in three taps, I’ll buy it somewhere else.',
        occupation: 'Software tester',
        goals: ['Find the right product fast', 'Pay with one tap', 'Track the delivery live'],
        frustrations: ['Slow or confusing checkout', 'Delivery delays', 'Support that only answers by phone'],
      },
      pl: {
        name: 'Cyfrowy tubylec',
        description:
          'Obyty z technologią młody profesjonalista: odkrywa produkty w mediach społecznościowych, porównuje na telefonie i kupuje w aplikacji w kilka dni.',
        quote: 'Jeśli nie kupię tego w trzech kliknięciach, kupię gdzie indziej.',
        occupation: 'Tester oprogramowania',
        goals: ['Szybko znaleźć właściwy produkt', 'Płacić jednym kliknięciem', 'Śledzić dostawę na bieżąco'],
        frustrations: [
          'Wolny lub zagmatwany proces zakupu',
          'Opóźnienia dostaw',
          'Obsługa tylko przez telefon',
        ],
      },
    },
  },
  {
    id: 'traditional_shopper',
    emoji: '🏬',
    share: 0.2,
    ageRange: { min: 60, max: 78 },
    preferredChannels: ['store', 'call_centre', 'print', 'tv'],
    text: {
      en: {
        name: 'Traditional shopper',
        description:
          'Retiree who hears about offers from TV and the printed catalogue, asks questions by phone and prefers to see and buy in the store.',
        quote: 'I like to touch the product and talk to a real person before I pay.',
        occupation: 'Retired teacher',
        goals: ['Personal advice', 'Trustworthy products', 'Easy returns in the store'],
        frustrations: ['Long waits on the phone', 'Websites that are hard to navigate', 'Pushy upselling'],
      },
      pl: {
        name: 'Tradycyjny klient',
        description:
          'Emerytka, która o ofertach dowiaduje się z telewizji i katalogu, dopytuje przez telefon i woli obejrzeć oraz kupić produkt w sklepie.',
        quote: 'Lubię dotknąć produktu i porozmawiać z człowiekiem, zanim zapłacę.',
        occupation: 'Nauczycielka na emeryturze',
        goals: ['Osobista porada', 'Sprawdzone produkty', 'Łatwy zwrot w sklepie'],
        frustrations: [
          'Długie czekanie na infolinii',
          'Nieczytelne strony internetowe',
          'Nachalne dosprzedawanie',
        ],
      },
    },
  },
  {
    id: 'bargain_hunter',
    emoji: '🏷️',
    share: 0.3,
    ageRange: { min: 25, max: 55 },
    preferredChannels: ['email', 'web', 'search', 'sms'],
    text: {
      en: {
        name: 'Bargain hunter',
        description:
          'Price-sensitive shopper who builds wishlists, leaves carts waiting for a discount and comes back when a promo e-mail arrives.',
        quote: 'I never pay full price — the code always comes if you wait.',
        occupation: 'Office administrator',
        goals: ['Best price', 'Free delivery', 'Discount codes'],
        frustrations: ['Price rises', 'Codes that do not work', 'Delivery costs at checkout'],
      },
      pl: {
        name: 'Łowca okazji',
        description:
          'Klient wrażliwy na cenę: tworzy listy życzeń, zostawia koszyki w oczekiwaniu na rabat i wraca, gdy przyjdzie e-mail z promocją.',
        quote: 'Nigdy nie płacę pełnej ceny — kod zawsze przyjdzie, trzeba poczekać.',
        occupation: 'Pracownik administracyjny',
        goals: ['Najlepsza cena', 'Darmowa dostawa', 'Kody rabatowe'],
        frustrations: ['Podwyżki cen', 'Niedziałające kody', 'Koszt dostawy przy kasie'],
      },
    },
  },
  {
    id: 'loyal_advocate',
    emoji: '💚',
    share: 0.15,
    ageRange: { min: 30, max: 60 },
    preferredChannels: ['app', 'email', 'store', 'referral'],
    text: {
      en: {
        name: 'Loyal advocate',
        description:
          'Long-time customer who buys again every few weeks, writes reviews and recommends the shop to friends and family.',
        quote: 'They have never let me down, so I tell everyone about them.',
        occupation: 'Project manager',
        goals: ['Reliable quality', 'Recognition for loyalty', 'Quick re-ordering'],
        frustrations: ['Being treated like a new customer', 'Out-of-stock favourites'],
      },
      pl: {
        name: 'Lojalny ambasador',
        description:
          'Stały klient, który wraca co kilka tygodni, pisze opinie i poleca sklep znajomym i rodzinie.',
        quote: 'Nigdy mnie nie zawiedli, więc polecam ich wszystkim.',
        occupation: 'Kierownik projektu',
        goals: ['Niezawodna jakość', 'Docenienie lojalności', 'Szybkie ponowne zamówienie'],
        frustrations: ['Traktowanie jak nowego klienta', 'Brak ulubionych produktów'],
      },
    },
  },
];
