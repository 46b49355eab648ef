import { Group, MultiSelect, Radio, Select, SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useSignedInMe } from '../../api/me.js';
import type { NewPromiseValues, Opening } from './new-promise-values.js';
import { partyValue } from './party-options.js';
import { usePartyOptions } from './use-party-options.js';

type Side = 'customer' | 'performer';

const openings: Array<{ value: Opening; label: string; description: string }> = [
  {
    value: 'request',
    label: 'I ask (I am the customer)',
    description: 'The performer is asked to promise, counter or decline.',
  },
  {
    value: 'offer',
    label: 'I offer (I am the performer)',
    description: 'The customer is asked to accept, counter or decline.',
  },
  {
    value: 'draft',
    label: 'Draft first',
    description: 'Prepare it privately with your team; open it later.',
  },
];

const isOpening = (value: string): value is Opening => openings.some((o) => o.value === value);
const isSide = (value: string): value is Side => value === 'customer' || value === 'performer';

/** The side the person making the promise stands on. */
export function sideOfOpening(open: Opening, draftedBy: Side): Side {
  if (open === 'request') return 'customer';
  if (open === 'offer') return 'performer';
  return draftedBy;
}

/** How the promise is opened, and its two sides: a customer and one or more performers. */
export function OpeningFields({
  form,
  mySide,
  onSideChange,
}: {
  form: UseFormReturnType<NewPromiseValues>;
  mySide: Side;
  onSideChange: (side: Side) => void;
}) {
  const me = useSignedInMe();
  const values = form.getValues();
  const myOption = { value: partyValue({ type: 'person', id: me.person.id }), label: me.person.name };
  const chosen = [...(values.customer ? [values.customer] : []), ...values.performers];
  // Each select searches by what is typed into it; both keep every party chosen in either.
  const customers = usePartyOptions(chosen, [myOption]);
  const performers = usePartyOptions(chosen, [myOption]);
  const placeholder = customers.isPending ? 'Loading people and teams…' : undefined;

  return (
    <Stack gap="md">
      <Radio.Group
        label="How do you open it?"
        required
        value={values.open}
        onChange={(value) => {
          if (!isOpening(value)) return;
          form.setFieldValue('open', value);
          onSideChange(sideOfOpening(value, form.getValues().draftedBy));
        }}
      >
        <Stack gap="xs" mt={6}>
          {openings.map((opening) => (
            <Radio
              key={opening.value}
              value={opening.value}
              label={opening.label}
              description={opening.description}
            />
          ))}
        </Stack>
      </Radio.Group>
      {values.open === 'draft' && (
        <Radio.Group
          label="You prepare it for"
          value={values.draftedBy}
          onChange={(value) => {
            if (!isSide(value)) return;
            form.setFieldValue('draftedBy', value);
            onSideChange(value);
          }}
        >
          <Group gap="lg" mt={6}>
            <Radio value="customer" label="The customer" />
            <Radio value="performer" label="The performer" />
          </Group>
        </Radio.Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Customer"
          description={mySide === 'customer' ? 'You, or a team you lead' : 'Who the promise is made to'}
          required
          searchable
          data={customers.data}
          {...customers.search}
          placeholder={placeholder}
          nothingFoundMessage="Nobody by that name"
          key={form.key('customer')}
          {...form.getInputProps('customer')}
        />
        <MultiSelect
          label="Performers"
          description={
            mySide === 'performer'
              ? 'You, or a team you lead, and anyone sharing it'
              : 'Who makes the promise'
          }
          required
          searchable
          data={performers.data}
          {...performers.search}
          placeholder={placeholder}
          nothingFoundMessage="Nobody by that name"
          maxValues={10}
          key={form.key('performers')}
          {...form.getInputProps('performers')}
        />
      </SimpleGrid>
    </Stack>
  );
}
