import type { Channel } from '../model/channel.ts';
import type { PropertyFilter } from '../model/event-binding.ts';
import type { DemoStage } from './types.ts';

type Bilingual = { en: string; pl: string };

export interface SampleTouchpoint {
  stage: DemoStage;
  channel: Channel;
  name: Bilingual;
  owner: Bilingual;
  event: string;
  where?: PropertyFilter[];
  bindChannel?: Channel;
}

/** Touchpoints of the sample map, each bound to an event the demo generator really emits. */
export const SAMPLE_TOUCHPOINTS: SampleTouchpoint[] = [
  {
    stage: 'awareness',
    channel: 'ads',
    name: { en: 'Paid social and search ads', pl: 'Reklamy w social media i wyszukiwarce' },
    owner: { en: 'Performance marketing', pl: 'Marketing efektywnościowy' },
    event: 'Ad Clicked',
  },
  {
    stage: 'awareness',
    channel: 'print',
    name: { en: 'Printed catalogue', pl: 'Katalog drukowany' },
    owner: { en: 'Brand team', pl: 'Zespół marki' },
    event: 'Catalogue Sent',
  },
  {
    stage: 'awareness',
    channel: 'web',
    name: { en: 'Home page', pl: 'Strona główna' },
    owner: { en: 'E-commerce', pl: 'E-commerce' },
    event: '$page',
    where: [{ property: 'name', op: 'eq', value: 'Home' }],
  },
  {
    stage: 'consideration',
    channel: 'web',
    name: { en: 'Product page', pl: 'Karta produktu' },
    owner: { en: 'E-commerce', pl: 'E-commerce' },
    event: 'Product Viewed',
  },
  {
    stage: 'consideration',
    channel: 'web',
    name: { en: 'Wishlist', pl: 'Lista życzeń' },
    owner: { en: 'E-commerce', pl: 'E-commerce' },
    event: 'Product Added to Wishlist',
  },
  {
    stage: 'consideration',
    channel: 'email',
    name: { en: 'Newsletter and promo e-mails', pl: 'Newsletter i e-maile promocyjne' },
    owner: { en: 'CRM', pl: 'CRM' },
    event: 'Email Link Clicked',
  },
  {
    stage: 'consideration',
    channel: 'store',
    name: { en: 'Store visit', pl: 'Wizyta w sklepie' },
    owner: { en: 'Retail', pl: 'Sprzedaż stacjonarna' },
    event: 'Store Visit',
  },
  {
    stage: 'consideration',
    channel: 'call_centre',
    name: { en: 'Call centre', pl: 'Infolinia' },
    owner: { en: 'Customer service', pl: 'Obsługa klienta' },
    event: 'Call Centre Contact',
  },
  {
    stage: 'purchase',
    channel: 'web',
    name: { en: 'Cart', pl: 'Koszyk' },
    owner: { en: 'E-commerce', pl: 'E-commerce' },
    event: 'Product Added',
  },
  {
    stage: 'purchase',
    channel: 'web',
    name: { en: 'Checkout', pl: 'Finalizacja zamówienia' },
    owner: { en: 'E-commerce', pl: 'E-commerce' },
    event: 'Checkout Started',
  },
  {
    stage: 'purchase',
    channel: 'web',
    name: { en: 'Online order', pl: 'Zamówienie online' },
    owner: { en: 'E-commerce', pl: 'E-commerce' },
    event: 'Order Completed',
    bindChannel: 'web',
  },
  {
    stage: 'purchase',
    channel: 'app',
    name: { en: 'App order', pl: 'Zamówienie w aplikacji' },
    owner: { en: 'Mobile team', pl: 'Zespół aplikacji' },
    event: 'Order Completed',
    bindChannel: 'app',
  },
  {
    stage: 'purchase',
    channel: 'store',
    name: { en: 'Store till', pl: 'Kasa w sklepie' },
    owner: { en: 'Retail', pl: 'Sprzedaż stacjonarna' },
    event: 'Order Completed',
    bindChannel: 'store',
  },
  {
    stage: 'retention',
    channel: 'other',
    name: { en: 'Delivery', pl: 'Dostawa' },
    owner: { en: 'Logistics', pl: 'Logistyka' },
    event: 'Order Delivered',
  },
  {
    stage: 'retention',
    channel: 'web',
    name: { en: 'Support ticket', pl: 'Zgłoszenie do wsparcia' },
    owner: { en: 'Customer service', pl: 'Obsługa klienta' },
    event: 'Support Ticket Created',
  },
  // The surveys that rate one touchpoint (aftercare.ts) are touchpoints too: bound here, their
  // answers and comments give the purchase and retention stages a measured emotion.
  {
    stage: 'purchase',
    channel: 'web',
    name: { en: 'Checkout effort survey (CES)', pl: 'Ankieta łatwości zakupu (CES)' },
    owner: { en: 'CX research', pl: 'Badania CX' },
    event: 'survey_response',
    where: [
      { property: 'survey', op: 'eq', value: 'ces' },
      { property: 'touchpoint', op: 'eq', value: 'checkout' },
    ],
  },
  {
    stage: 'purchase',
    channel: 'store',
    name: { en: 'In-store satisfaction survey (CSAT)', pl: 'Ankieta zadowolenia w sklepie (CSAT)' },
    owner: { en: 'Store operations', pl: 'Sieć sklepów' },
    event: 'survey_response',
    where: [
      { property: 'survey', op: 'eq', value: 'csat' },
      { property: 'touchpoint', op: 'eq', value: 'store' },
    ],
  },
  {
    stage: 'retention',
    channel: 'email',
    name: { en: 'Support satisfaction survey (CSAT)', pl: 'Ankieta zadowolenia z obsługi (CSAT)' },
    owner: { en: 'Customer service', pl: 'Obsługa klienta' },
    event: 'survey_response',
    where: [
      { property: 'survey', op: 'eq', value: 'csat' },
      { property: 'touchpoint', op: 'eq', value: 'support' },
    ],
  },
  {
    stage: 'retention',
    channel: 'email',
    name: { en: 'NPS survey', pl: 'Ankieta NPS' },
    owner: { en: 'CX research', pl: 'Badania CX' },
    event: 'survey_response',
    where: [{ property: 'survey', op: 'eq', value: 'nps' }],
  },
  {
    stage: 'advocacy',
    channel: 'web',
    name: { en: 'Product review', pl: 'Opinia o produkcie' },
    owner: { en: 'E-commerce', pl: 'E-commerce' },
    event: 'Review Submitted',
  },
  {
    stage: 'advocacy',
    channel: 'referral',
    name: { en: 'Refer a friend', pl: 'Poleć znajomemu' },
    owner: { en: 'CRM', pl: 'CRM' },
    event: 'Referral Sent',
  },
];

export interface SampleStageLanes {
  goal: Bilingual;
  expectation: Bilingual;
  emotion: { score: -2 | -1 | 0 | 1 | 2; text: Bilingual };
  painPoint?: { text: Bilingual; severity: 'low' | 'medium' | 'high' };
  momentOfTruth?: Bilingual;
  opportunity: Bilingual;
  desired: { text: Bilingual; event: string };
  kpi: { name: Bilingual; definition: Bilingual; target: number; unit: string };
}

/** The researcher's lanes per stage, in the vocabulary of the source articles (DOMAIN.md). */
export const SAMPLE_LANES: Record<DemoStage, SampleStageLanes> = {
  awareness: {
    goal: { en: 'Find something that solves my need', pl: 'Znaleźć coś, co odpowie na moją potrzebę' },
    expectation: { en: 'Relevant ads, not spam', pl: 'Trafne reklamy, nie spam' },
    emotion: { score: 0, text: { en: 'Curious but sceptical', pl: 'Ciekawość, ale i sceptycyzm' } },
    opportunity: {
      en: 'Retarget wishlist viewers on social',
      pl: 'Retargeting osób oglądających listę życzeń w social media',
    },
    desired: { text: { en: 'Click through to the shop', pl: 'Przejść do sklepu' }, event: 'Ad Clicked' },
    kpi: {
      name: { en: 'Ad click-through rate', pl: 'CTR reklam' },
      definition: { en: 'Ad clicks ÷ impressions', pl: 'Kliknięcia ÷ wyświetlenia reklam' },
      target: 2,
      unit: '%',
    },
  },
  consideration: {
    goal: { en: 'Compare products and prices', pl: 'Porównać produkty i ceny' },
    expectation: {
      en: 'Clear sizes, stock and delivery times',
      pl: 'Jasne rozmiary, dostępność i czas dostawy',
    },
    emotion: {
      score: 1,
      text: { en: 'Interested, building a shortlist', pl: 'Zainteresowanie, lista faworytów' },
    },
    painPoint: {
      text: {
        en: 'Confusing navigation and search with no results',
        pl: 'Zagmatwana nawigacja i wyszukiwarka bez wyników',
      },
      severity: 'medium',
    },
    opportunity: {
      en: 'Wishlist reminder e-mail with a discount',
      pl: 'Przypomnienie o liście życzeń z rabatem',
    },
    desired: {
      text: { en: 'Save to wishlist or add to cart', pl: 'Dodać do listy życzeń lub koszyka' },
      event: 'Product Added to Wishlist',
    },
    kpi: {
      name: { en: 'Product view → cart', pl: 'Wyświetlenie produktu → koszyk' },
      definition: {
        en: 'Persons adding to cart ÷ persons viewing products',
        pl: 'Osoby dodające do koszyka ÷ osoby oglądające produkty',
      },
      target: 25,
      unit: '%',
    },
  },
  purchase: {
    goal: { en: 'Pay quickly and safely', pl: 'Zapłacić szybko i bezpiecznie' },
    expectation: { en: 'Easy payment, no surprise costs', pl: 'Łatwa płatność, bez ukrytych kosztów' },
    emotion: { score: -1, text: { en: 'Anxious at checkout', pl: 'Niepokój przy płatności' } },
    painPoint: {
      text: {
        en: 'Payment failures and surprise delivery costs',
        pl: 'Nieudane płatności i nieoczekiwane koszty dostawy',
      },
      severity: 'high',
    },
    momentOfTruth: {
      en: 'Checkout: the order goes through or the cart is abandoned',
      pl: 'Finalizacja: zamówienie przechodzi albo koszyk zostaje porzucony',
    },
    opportunity: { en: 'One-tap payment in the app', pl: 'Płatność jednym kliknięciem w aplikacji' },
    desired: { text: { en: 'Complete the order', pl: 'Złożyć zamówienie' }, event: 'Order Completed' },
    kpi: {
      name: { en: 'Cart abandonment', pl: 'Porzucone koszyki' },
      definition: {
        en: 'Carts without an order within 7 days ÷ carts',
        pl: 'Koszyki bez zamówienia w 7 dni ÷ wszystkie koszyki',
      },
      target: 60,
      unit: '%',
    },
  },
  retention: {
    goal: { en: 'Get the order on time, get help fast', pl: 'Dostać zamówienie na czas i szybką pomoc' },
    expectation: {
      en: 'Fast contact when something goes wrong',
      pl: 'Szybki kontakt, gdy coś pójdzie nie tak',
    },
    emotion: { score: 1, text: { en: 'Relieved when it arrives', pl: 'Ulga, gdy paczka dociera' } },
    painPoint: {
      text: { en: 'Delivery delays and slow support', pl: 'Opóźnienia dostaw i wolna obsługa' },
      severity: 'high',
    },
    momentOfTruth: {
      en: 'First delivery and first support ticket',
      pl: 'Pierwsza dostawa i pierwsze zgłoszenie',
    },
    opportunity: { en: 'Proactive SMS when a parcel is late', pl: 'Proaktywny SMS przy opóźnionej paczce' },
    desired: { text: { en: 'Buy again', pl: 'Kupić ponownie' }, event: 'Order Completed' },
    kpi: {
      name: { en: 'Repeat purchase rate', pl: 'Wskaźnik ponownych zakupów' },
      definition: { en: 'Customers with 2+ orders ÷ customers', pl: 'Klienci z 2+ zamówieniami ÷ klienci' },
      target: 20,
      unit: '%',
    },
  },
  advocacy: {
    goal: { en: 'Share a good find with friends', pl: 'Podzielić się dobrym zakupem ze znajomymi' },
    expectation: { en: 'A thank-you and a reason to recommend', pl: 'Podziękowanie i powód, by polecić' },
    emotion: { score: 2, text: { en: 'Proud of a good purchase', pl: 'Satysfakcja z udanego zakupu' } },
    opportunity: {
      en: 'Thank-you e-mail with a review request',
      pl: 'E-mail z podziękowaniem i prośbą o opinię',
    },
    desired: {
      text: { en: 'Write a review or refer a friend', pl: 'Napisać opinię lub polecić znajomemu' },
      event: 'Review Submitted',
    },
    kpi: {
      name: { en: 'NPS', pl: 'NPS' },
      definition: {
        en: '% promoters (9–10) − % detractors (0–6)',
        pl: '% promotorów (9–10) − % krytyków (0–6)',
      },
      target: 40,
      unit: 'pts',
    },
  },
};
