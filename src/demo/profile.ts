import { BEHAVIOUR, type Behaviour } from './behaviour.ts';
import { DEMO_PERSONAS, type PersonaId } from './personas.ts';
import type { Rng } from './random.ts';
import type { Locale } from './texts.ts';

/** One browser or app install; each has its own anonymousId until the person logs in on it. */
export interface Device {
  anonymousId: string;
  kind: 'desktop' | 'mobile' | 'app';
  userAgent: string;
  /** `context.device.type`: desktop/mobile for browsers, ios/android for the app (as Segment SDKs send). */
  deviceType: string;
  loggedIn: boolean;
}

/** Who a generated person is; fixed before their journey is simulated. */
export interface Profile {
  persona: PersonaId;
  behaviour: Behaviour;
  locale: Locale;
  currency: 'EUR' | 'PLN';
  userId: string;
  /** Loyalty-card id from the old CRM, aliased to userId once the person gets an online account. */
  legacyId?: string;
  name: string;
  email: string;
  city: string;
  age: number;
  web?: Device;
  secondWeb?: Device;
  app?: Device;
}

// Polish surnames agree with gender, hence the [male, female] pairs.
const NAMES = {
  pl: {
    female: ['Anna', 'Katarzyna', 'Maria', 'Małgorzata', 'Agnieszka', 'Zofia', 'Magdalena', 'Joanna', 'Ewa'],
    male: ['Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Michał', 'Jan', 'Marcin', 'Łukasz'],
    last: [
      ['Nowak', 'Nowak'],
      ['Kowalski', 'Kowalska'],
      ['Wiśniewski', 'Wiśniewska'],
      ['Wójcik', 'Wójcik'],
      ['Kamiński', 'Kamińska'],
      ['Lewandowski', 'Lewandowska'],
      ['Zieliński', 'Zielińska'],
      ['Szymański', 'Szymańska'],
    ],
    cities: ['Warszawa', 'Kraków', 'Wrocław', 'Poznań', 'Gdańsk', 'Łódź', 'Lublin', 'Katowice'],
  },
  en: {
    female: ['Emma', 'Aoife', 'Sarah', 'Laura', 'Ciara', 'Sophie', 'Niamh', 'Hannah', 'Grace'],
    male: ['Jack', 'Sean', 'Conor', 'James', 'Daniel', 'Liam', 'Patrick', 'Mark', 'David'],
    last: [['Murphy'], ['Kelly'], ["O'Brien"], ['Walsh'], ['Byrne'], ['Ryan'], ['Doyle'], ['Smith']],
    cities: ['Dublin', 'Cork', 'Galway', 'Limerick', 'Amsterdam', 'Berlin', 'Lisbon'],
  },
} as const;

const BROWSER_UA = {
  desktop: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  ],
  mobile: [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  ],
};

function emailOf(name: string, n: number): string {
  const ascii = name
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[^a-z ]/g, '');
  return `${ascii.replace(' ', '.')}${n % 1000}@example.com`;
}

function browser(rng: Rng, kind: 'desktop' | 'mobile'): Device {
  const userAgent = rng.pick(BROWSER_UA[kind]);
  return { anonymousId: rng.uuid(), kind, userAgent, deviceType: kind, loggedIn: false };
}

function appInstall(rng: Rng): Device {
  const ios = rng.chance(0.55);
  const userAgent = ios
    ? 'JourneyShop/4.12.0 (iPhone; iOS 17.4; Scale/3.00)'
    : 'JourneyShop/4.12.0 (Linux; Android 14; SM-S911B)';
  return {
    anonymousId: rng.uuid(),
    kind: 'app',
    userAgent,
    deviceType: ios ? 'ios' : 'android',
    loggedIn: false,
  };
}

/** Draws a person: persona by its population share, then locale (40% Polish), name and devices. */
export function drawProfile(rng: Rng, seed: number, index: number): Profile {
  const persona = rng.weighted(DEMO_PERSONAS.map((p) => [p.id, p.share] as const));
  const meta = DEMO_PERSONAS.find((p) => p.id === persona)!;
  const behaviour = BEHAVIOUR[persona];
  const locale: Locale = rng.chance(0.4) ? 'pl' : 'en';
  const names = NAMES[locale];
  const female = rng.chance(0.55);
  const first = rng.pick(female ? names.female : names.male);
  const lastPair = rng.pick<readonly string[]>(names.last);
  const last = (female ? lastPair[1] : undefined) ?? lastPair[0] ?? '';
  const name = `${first} ${last}`;
  const age = Math.round(
    Math.min(
      meta.ageRange.max,
      Math.max(meta.ageRange.min, rng.normal((meta.ageRange.min + meta.ageRange.max) / 2, 6)),
    ),
  );
  const usesWeb = persona !== 'traditional_shopper' || rng.chance(0.55);
  const web = usesWeb ? browser(rng, rng.weightedKey(behaviour.webDevice)) : undefined;
  const secondWeb =
    web && rng.chance(behaviour.secondWebDevice)
      ? browser(rng, web.kind === 'mobile' ? 'desktop' : 'mobile')
      : undefined;
  return {
    persona,
    behaviour,
    locale,
    currency: locale === 'pl' ? 'PLN' : 'EUR',
    userId: `cust-${seed}-${index}`,
    legacyId: persona === 'traditional_shopper' && rng.chance(0.3) ? `loyalty-${100000 + index}` : undefined,
    name,
    email: emailOf(name, index),
    city: rng.pick(names.cities),
    age,
    web,
    secondWeb,
    app: rng.chance(behaviour.appUser) ? appInstall(rng) : undefined,
  };
}
