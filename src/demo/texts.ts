import type { Rng } from './random.ts';

export type Locale = 'en' | 'pl';

/** The pain points of DOMAIN.md, plus praise, as themes the voice-of-customer views should find. */
export type Pain = 'delivery_delay' | 'payment' | 'sizing' | 'price' | 'navigation' | 'slow_support';
export type Theme = Pain | 'praise';

type Texts = Record<Theme, Record<Locale, readonly string[]>>;

// Written as customers write: short, specific, some without punctuation. {order}, {product} and
// {days} are filled in per event (`fill` below) so the texts do not repeat word for word.

const TICKETS: Texts = {
  delivery_delay: {
    en: [
      'My order {order} was supposed to arrive {days} days ago and the tracking has not moved. Where is it?',
      'Still waiting for {product}. The courier says delayed again, this is the third time.',
      'Order {order} is late. I needed it for the weekend, can you refund the delivery fee?',
    ],
    pl: [
      'Zamówienie {order} miało dotrzeć {days} dni temu, a śledzenie przesyłki stoi w miejscu. Gdzie ono jest?',
      'Nadal czekam na {product}. Kurier znowu przełożył dostawę, to już trzeci raz.',
      'Paczka {order} się spóźnia, potrzebowałam jej na weekend. Czy zwrócicie koszt dostawy?',
    ],
  },
  payment: {
    en: [
      'My card was charged but the checkout said payment failed. Was order {order} placed or not?',
      'BLIK/card payment keeps failing at the last step, I tried three times.',
      'I was charged twice for {product}, please refund one payment.',
    ],
    pl: [
      'Karta została obciążona, ale na stronie pojawił się błąd płatności. Czy zamówienie {order} zostało złożone?',
      'Płatność BLIK ciągle się nie udaje na ostatnim kroku, próbowałem trzy razy.',
      'Pobrano ode mnie dwa razy za {product}, proszę o zwrot jednej płatności.',
    ],
  },
  sizing: {
    en: [
      'The {product} runs small, I need one size up. How do I exchange it?',
      'Size chart says M but it fits like an S. Can I return {order} for free?',
      'Does the {product} fit true to size? I am between two sizes.',
    ],
    pl: [
      '{product} jest za mały, potrzebuję rozmiar większy. Jak mogę go wymienić?',
      'Według tabeli rozmiarów M, a pasuje jak S. Czy zwrot zamówienia {order} jest darmowy?',
      'Czy {product} ma standardową rozmiarówkę? Jestem pomiędzy dwoma rozmiarami.',
    ],
  },
  price: {
    en: [
      'The price of {product} went up since I added it to my wishlist. Will it drop again?',
      'I saw {product} cheaper elsewhere, do you price match?',
      'My discount code did not apply to {product}, why?',
    ],
    pl: [
      'Cena {product} wzrosła od kiedy dodałam go do listy życzeń. Czy jeszcze spadnie?',
      'Widziałem {product} taniej w innym sklepie, czy wyrównujecie ceny?',
      'Kod rabatowy nie zadziałał na {product}, dlaczego?',
    ],
  },
  navigation: {
    en: [
      'I cannot find where to change my delivery address on the website.',
      'Search does not find anything when I type the product name, very confusing.',
      'Where do I find my invoice for order {order}? The account page is a maze.',
    ],
    pl: [
      'Nie mogę znaleźć, gdzie na stronie zmienia się adres dostawy.',
      'Wyszukiwarka nic nie znajduje, gdy wpisuję nazwę produktu. Bardzo to mylące.',
      'Gdzie znajdę fakturę do zamówienia {order}? Strona konta to labirynt.',
    ],
  },
  slow_support: {
    en: [
      'I wrote about order {order} {days} days ago and nobody has replied.',
      'Second message: still no answer from support about my return.',
      'Waited 40 minutes on the phone and got disconnected. Please call me back.',
    ],
    pl: [
      'Pisałem w sprawie zamówienia {order} {days} dni temu i nikt nie odpowiedział.',
      'Piszę drugi raz: nadal brak odpowiedzi w sprawie zwrotu.',
      'Czekałam 40 minut na infolinii i rozłączyło mnie. Proszę o kontakt.',
    ],
  },
  praise: {
    en: [
      'Just wanted to say thanks, {product} arrived a day early and is great.',
      'The consultant in the store was really helpful, thank you!',
    ],
    pl: [
      'Chciałam tylko podziękować, {product} dotarł dzień wcześniej i jest świetny.',
      'Pan w sklepie bardzo mi pomógł, dziękuję!',
    ],
  },
};

const COMMENTS: Texts = {
  delivery_delay: {
    en: ['Delivery took far too long.', 'Parcel was a week late, no updates.', 'Slow shipping ruined it.'],
    pl: [
      'Dostawa trwała zdecydowanie za długo.',
      'Paczka spóźniona o tydzień, zero informacji.',
      'Wolna wysyłka.',
    ],
  },
  payment: {
    en: ['Payment failed twice before it worked.', 'Checkout payment is unreliable.'],
    pl: ['Płatność nie przeszła dwa razy.', 'Płatność przy kasie jest zawodna.'],
  },
  sizing: {
    en: ['Sizes are inconsistent, had to return.', 'Size guide is not accurate.'],
    pl: ['Rozmiary niezgodne z tabelą, musiałam zwrócić.', 'Tabela rozmiarów się nie zgadza.'],
  },
  price: {
    en: [
      'Too expensive compared to other shops.',
      'Prices went up recently.',
      'Only buy when there is a sale.',
    ],
    pl: ['Za drogo w porównaniu z innymi sklepami.', 'Ceny ostatnio wzrosły.', 'Kupuję tylko na promocjach.'],
  },
  navigation: {
    en: ['Website is confusing, hard to find things.', 'Search results are useless.'],
    pl: ['Strona jest nieczytelna, trudno coś znaleźć.', 'Wyszukiwarka nie działa dobrze.'],
  },
  slow_support: {
    en: ['Customer service never answers.', 'Support took days to reply.'],
    pl: ['Obsługa klienta nie odpowiada.', 'Na odpowiedź z obsługi czekałem kilka dni.'],
  },
  praise: {
    en: ['Fast delivery and great quality!', 'Great products, will buy again.', 'Always a good experience.'],
    pl: [
      'Szybka dostawa i świetna jakość!',
      'Świetne produkty, kupię ponownie.',
      'Zawsze dobre doświadczenie.',
    ],
  },
};

/** Praise names what the survey asked about: staff in a store survey, ease in a checkout one. */
const PRAISE: Record<string, Record<Locale, readonly string[]>> = {
  store: {
    en: ['Staff in the store were really helpful.', 'Nice store, quick at the till.'],
    pl: ['Bardzo pomocna obsługa w sklepie.', 'Miły sklep, szybko przy kasie.'],
  },
  checkout: {
    en: ['Easy checkout, took a minute.', 'Paying was quick and simple.'],
    pl: ['Łatwe zamawianie, zajęło minutę.', 'Płatność szybka i prosta.'],
  },
  support: {
    en: ['Support solved it the same day, thanks!', 'Friendly and quick help.'],
    pl: ['Obsługa rozwiązała problem tego samego dnia, dzięki!', 'Miła i szybka pomoc.'],
  },
};

const REVIEWS: Record<'good' | 'mixed' | 'bad', Record<Locale, readonly string[]>> = {
  good: {
    en: ['Exactly as described, very happy with {product}.', 'Great quality for the price. Recommend!'],
    pl: ['Dokładnie jak w opisie, {product} bardzo mi się podoba.', 'Świetna jakość w tej cenie. Polecam!'],
  },
  mixed: {
    en: ['{product} is fine but delivery was slow.', 'Good product, packaging could be better.'],
    pl: ['{product} w porządku, ale dostawa trwała długo.', 'Dobry produkt, opakowanie mogłoby być lepsze.'],
  },
  bad: {
    en: ['Disappointed, {product} broke after a week.', 'Does not match the photos. Returning it.'],
    pl: ['Rozczarowanie, {product} zepsuł się po tygodniu.', 'Nie wygląda jak na zdjęciach. Zwracam.'],
  },
};

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(vars[key] ?? ''));
}

/** A support-ticket text on a theme, in the customer's language. */
export function ticketText(
  rng: Rng,
  theme: Theme,
  locale: Locale,
  vars: Record<string, string | number>,
): string {
  return fill(rng.pick(TICKETS[theme][locale]), vars);
}

/** A short survey comment on a theme, in the customer's language. */
export function surveyComment(rng: Rng, theme: Theme, locale: Locale, touchpoint: string): string {
  const praise = theme === 'praise' ? PRAISE[touchpoint] : undefined;
  return rng.pick((praise ?? COMMENTS[theme])[locale]);
}

/** A review text matching the star rating. */
export function reviewText(rng: Rng, rating: number, locale: Locale, product: string): string {
  const band = rating >= 4 ? 'good' : rating === 3 ? 'mixed' : 'bad';
  return fill(rng.pick(REVIEWS[band][locale]), { product });
}

/** What people type into the shop search (zero results in confused sessions: navigation pain). */
export const SEARCH_QUERIES: Record<Locale, readonly string[]> = {
  en: ['running shoes', 'phone case', 'coffee beans', 'rain jacket', 'yoga mat', 'snekers', 'laptop bag'],
  pl: [
    'buty do biegania',
    'etui na telefon',
    'kawa ziarnista',
    'kurtka przeciwdeszczowa',
    'mata do jogi',
    'ekspres',
  ],
};
