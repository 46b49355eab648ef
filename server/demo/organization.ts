/**
 * The demo company of reading/planning-interlocking-workflows.md: a Board, a CEO who makes
 * three-year promises to it, a CTO and a Product Owner who make one-year promises to the CEO, and
 * two engineers who make promises to them.
 */
export const DEMO_PASSWORD = 'accord-demo';
export const DEMO_ORGANIZATION = 'Awesome Company';

export type DemoKey = 'board' | 'ceo' | 'cto' | 'po' | 'engineer1' | 'engineer2';

export const demoPeople: ReadonlyArray<{
  key: DemoKey;
  name: string;
  email: string;
  title: string;
  role: 'owner' | 'admin' | 'member';
}> = [
  { key: 'ceo', name: 'Ada Okafor', email: 'ceo@demo.accord.test', title: 'CEO', role: 'owner' },
  {
    key: 'board',
    name: 'Morgan Hale',
    email: 'board@demo.accord.test',
    title: 'Chair of the Board',
    role: 'member',
  },
  { key: 'cto', name: 'Lin Wei', email: 'cto@demo.accord.test', title: 'CTO', role: 'admin' },
  { key: 'po', name: 'Priya Nair', email: 'po@demo.accord.test', title: 'Product Owner', role: 'member' },
  {
    key: 'engineer1',
    name: 'Sam Rivera',
    email: 'engineer1@demo.accord.test',
    title: 'Engineer',
    role: 'member',
  },
  {
    key: 'engineer2',
    name: 'Jo Tanaka',
    email: 'engineer2@demo.accord.test',
    title: 'Engineer',
    role: 'member',
  },
];

export const demoTeams: ReadonlyArray<{
  name: string;
  description: string;
  leads: DemoKey[];
  members: DemoKey[];
}> = [
  {
    name: 'Board',
    description: 'The board of directors: the customer of the three-year promises.',
    leads: ['board'],
    members: [],
  },
  {
    name: 'Leadership',
    description: 'The leadership council: publishes the direction document each cycle.',
    leads: ['ceo'],
    members: ['cto', 'po'],
  },
  {
    name: 'Engineering',
    description: 'Builds the awesome tech the company runs on.',
    leads: ['cto'],
    members: ['engineer1', 'engineer2'],
  },
  {
    name: 'Product',
    description: 'Ships the awesome product.',
    leads: ['po'],
    members: ['engineer1', 'engineer2'],
  },
];
