import type { Rng } from './random.ts';

export type Category = 'shoes' | 'apparel' | 'sports' | 'electronics' | 'home' | 'beauty';

/** A product in the demo shop; prices are list prices in EUR. */
export interface DemoProduct {
  product_id: string;
  sku: string;
  name: string;
  category: Category;
  price: number;
}

const p = (n: number, name: string, category: Category, price: number): DemoProduct => ({
  product_id: `p${n}`,
  sku: `sku-${n}`,
  name,
  category,
  price,
});

/** The demo shop's catalogue: a small general store, so every persona finds something. */
export const demoProducts: readonly DemoProduct[] = [
  p(101, 'Trail Running Shoes', 'shoes', 89.99),
  p(102, 'City Sneakers', 'shoes', 69.99),
  p(103, 'Leather Ankle Boots', 'shoes', 129.99),
  p(201, 'Merino Running Socks (3-pack)', 'apparel', 14.99),
  p(202, 'Waterproof Rain Jacket', 'apparel', 99.99),
  p(203, 'Knitted Wool Scarf', 'apparel', 24.99),
  p(204, 'Wool Beanie', 'apparel', 19.99),
  p(205, 'Linen Summer Dress', 'apparel', 49.99),
  p(206, 'Oxford Cotton Shirt', 'apparel', 39.99),
  p(301, 'Cork Yoga Mat', 'sports', 34.99),
  p(302, 'Yoga Blocks (2-pack)', 'sports', 17.99),
  p(303, 'Insulated Water Bottle', 'sports', 22.99),
  p(304, 'Gel Insoles', 'sports', 19.99),
  p(401, 'Smartphone Nova 12', 'electronics', 499.0),
  p(402, 'Nova 12 Silicone Case', 'electronics', 19.99),
  p(403, 'USB-C Fast Charger 30W', 'electronics', 24.99),
  p(404, 'Tempered Glass Screen Protector', 'electronics', 9.99),
  p(405, 'Wireless Earbuds', 'electronics', 79.99),
  p(406, 'Laptop Air 14', 'electronics', 899.0),
  p(407, 'Laptop Sleeve 14"', 'electronics', 29.99),
  p(408, 'Wireless Mouse', 'electronics', 24.99),
  p(501, 'Espresso Machine', 'home', 249.0),
  p(502, 'Coffee Beans 1 kg', 'home', 18.99),
  p(503, 'Milk Frother', 'home', 39.99),
  p(504, 'Ceramic Mug Set', 'home', 24.99),
  p(505, 'Reading Lamp', 'home', 44.99),
  p(506, 'Wool Throw Blanket', 'home', 59.99),
  p(601, 'Vitamin C Face Serum', 'beauty', 29.99),
  p(602, 'Daily Moisturiser', 'beauty', 24.99),
  p(603, 'Sunscreen SPF 50', 'beauty', 14.99),
];

const BY_SKU = new Map(demoProducts.map((x) => [x.sku, x]));
const BY_CATEGORY = new Map<Category, DemoProduct[]>();
for (const x of demoProducts) BY_CATEGORY.set(x.category, [...(BY_CATEGORY.get(x.category) ?? []), x]);

/**
 * Complements bought with an anchor product, with the chance each is added. Real shops see these
 * bundles (phone + case + charger, espresso machine + beans), so basket analysis in the demo
 * finds believable "frequently bought together" pairs instead of noise.
 */
const AFFINITIES: Record<string, readonly (readonly [string, number])[]> = {
  'sku-101': [
    ['sku-201', 0.5],
    ['sku-304', 0.2],
    ['sku-303', 0.15],
  ],
  'sku-102': [['sku-201', 0.35]],
  'sku-103': [
    ['sku-201', 0.2],
    ['sku-203', 0.1],
  ],
  'sku-202': [
    ['sku-204', 0.25],
    ['sku-203', 0.2],
  ],
  'sku-205': [['sku-603', 0.2]],
  'sku-301': [
    ['sku-302', 0.45],
    ['sku-303', 0.3],
  ],
  'sku-401': [
    ['sku-402', 0.65],
    ['sku-403', 0.45],
    ['sku-404', 0.4],
    ['sku-405', 0.12],
  ],
  'sku-405': [['sku-403', 0.15]],
  'sku-406': [
    ['sku-407', 0.4],
    ['sku-408', 0.35],
  ],
  'sku-501': [
    ['sku-502', 0.6],
    ['sku-503', 0.25],
    ['sku-504', 0.2],
  ],
  'sku-502': [['sku-504', 0.1]],
  'sku-601': [
    ['sku-602', 0.4],
    ['sku-603', 0.25],
  ],
};

/** Consumables are bought two or three at a time now and then. */
const CONSUMABLES = new Set(['sku-201', 'sku-502', 'sku-603']);

export function productBySku(sku: string): DemoProduct {
  const found = BY_SKU.get(sku);
  if (!found) throw new Error(`unknown demo sku ${sku}`);
  return found;
}

/** Anchors sell more than their accessories, so picks favour the first items of a category. */
export function pickProduct(rng: Rng, category: Category): DemoProduct {
  const list = BY_CATEGORY.get(category) ?? [];
  return list[Math.min(list.length - 1, rng.geometric(1.2))] ?? rng.pick(demoProducts);
}

export interface BasketLine {
  product: DemoProduct;
  quantity: number;
}

/** The anchor plus the complements the shopper adds to it (rarely an unrelated impulse item). */
export function drawBasket(rng: Rng, anchor: DemoProduct): BasketLine[] {
  const quantity = (x: DemoProduct) => (CONSUMABLES.has(x.sku) && rng.chance(0.3) ? rng.int(2, 3) : 1);
  const lines: BasketLine[] = [{ product: anchor, quantity: quantity(anchor) }];
  for (const [sku, chance] of AFFINITIES[anchor.sku] ?? []) {
    if (rng.chance(chance)) {
      const product = productBySku(sku);
      lines.push({ product, quantity: quantity(product) });
    }
  }
  if (rng.chance(0.05)) {
    const extra = rng.pick(demoProducts);
    if (!lines.some((l) => l.product.sku === extra.sku)) lines.push({ product: extra, quantity: 1 });
  }
  return lines;
}

/** Price in the shopper's currency; PLN prices end in ,99 the way Polish shops price. */
export function localPrice(product: DemoProduct, currency: 'EUR' | 'PLN'): number {
  if (currency === 'EUR') return product.price;
  return Math.ceil((product.price * 4.3) / 10) * 10 - 0.01;
}

/** The Segment-spec product fields for events and order lines. */
export function productProps(product: DemoProduct, currency: 'EUR' | 'PLN'): Record<string, unknown> {
  return {
    product_id: product.product_id,
    sku: product.sku,
    name: product.name,
    category: product.category,
    price: localPrice(product, currency),
    currency,
  };
}
