import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FileInput,
  Group,
  NativeSelect,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import type { ColumnMapping, ImportSource, ImportStarted } from '../../contract/imports.js';
import { FIELD_LABELS, OBJECTIVE_FIELDS, REQUIRED_FIELDS } from '../../core/imports/fields.js';
import { errorMessage } from '../api/client.js';
import { useCreateImport, useImportJob } from '../api/imports.js';
import { useCurrentOrganization } from '../api/me.js';
import { PageHeader } from '../components/page-header.js';

const sources: Array<{ value: ImportSource | 'auto'; label: string }> = [
  { value: 'auto', label: 'Guess from the file' },
  { value: 'viva', label: 'Viva Goals export (ZIP, or Explorer CSV/XLSX)' },
  { value: 'ally', label: 'Ally.io templates (CSV or XLSX)' },
  { value: 'csv', label: 'A spreadsheet of your own (CSV or XLSX): choose its columns' },
];

const fieldLabel = (field: (typeof OBJECTIVE_FIELDS)[number]) =>
  REQUIRED_FIELDS.includes(field) ? `${FIELD_LABELS[field]} (required)` : FIELD_LABELS[field];

/**
 * Which column of the person's spreadsheet holds each field Accord reads: one select per field,
 * offering the file's own headers, prefilled with what the dry run used (the mapping kept from the
 * last import, else one guessed from the header names).
 */
function ColumnsFieldset({
  headers,
  mapping,
  onChange,
}: {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const options = [{ value: '', label: 'Not in the file' }, ...headers.map((h) => ({ value: h, label: h }))];
  return (
    <Fieldset legend="Which column holds each field">
      <Text size="sm" mb="sm">
        The file's columns: {headers.join(', ')}.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {OBJECTIVE_FIELDS.map((field) => (
          <NativeSelect
            key={field}
            label={fieldLabel(field)}
            data={options}
            value={mapping[field] ?? ''}
            onChange={(event) => {
              const { value } = event.currentTarget;
              const next = { ...mapping };
              if (value === '') delete next[field];
              else next[field] = value;
              onChange(next);
            }}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Owners and admins bring their OKRs in: choose a file, read the preview and its problems, confirm, follow. */
export function ImportRoute() {
  const organization = useCurrentOrganization();
  if (!organization.can.manageIntegrations) {
    return (
      <>
        <PageHeader title="Import" />
        <Text>Only owners and admins of {organization.name} import into it.</Text>
      </>
    );
  }
  return <Import />;
}

function Import() {
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<string>('auto');
  const [skip, setSkip] = useState(false);
  const [preview, setPreview] = useState<ImportStarted['preview'] | null>(null);
  // A spreadsheet of one's own: its headers and the columns chosen, from the last dry run on.
  const [columns, setColumns] = useState<{ headers: string[]; mapping: ColumnMapping } | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const create = useCreateImport();
  const job = useImportJob(jobId);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    const result = await create.mutateAsync({
      fileName: file.name,
      content: await base64Of(file),
      ...(source === 'auto' ? {} : { source: source as ImportSource }),
      dryRun,
      skipInvalidRows: skip,
      ...(columns ? { mapping: columns.mapping } : {}),
    });
    setPreview(result.preview);
    const found = result.preview.columns;
    setColumns(found ? { headers: found.headers, mapping: found.mapping } : null);
    if (result.job) setJobId(result.job.id);
  };
  const running = job.data;

  return (
    <>
      <PageHeader
        title="Import"
        description="Bring your OKRs from Viva Goals, Ally.io or a spreadsheet of your own. Nothing is written until you confirm; importing the same file again updates what it wrote."
      />
      <Stack gap="lg" maw={900}>
        <Stack
          gap="sm"
          component="form"
          aria-label="Choose a file"
          onSubmit={(event) => {
            event.preventDefault();
            void send(true);
          }}
        >
          <FileInput
            label="File"
            placeholder="A .zip, .xlsx or .csv file"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setPreview(null);
              setColumns(null);
              setJobId(null);
            }}
            accept=".zip,.xlsx,.csv"
          />
          <Select
            label="Source"
            data={sources}
            value={source}
            onChange={(value) => {
              setSource(value ?? 'auto');
              setPreview(null);
              setColumns(null);
            }}
            allowDeselect={false}
          />
          <Checkbox
            label="Skip the rows that have errors"
            checked={skip}
            onChange={(event) => setSkip(event.currentTarget.checked)}
          />
          {columns && (
            <ColumnsFieldset
              headers={columns.headers}
              mapping={columns.mapping}
              onChange={(mapping) => {
                // The preview was of the columns chosen before: check the file again.
                setColumns({ ...columns, mapping });
                setPreview(null);
              }}
            />
          )}
          <Group>
            <Button type="submit" disabled={!file} loading={create.isPending && !jobId}>
              Check the file
            </Button>
          </Group>
        </Stack>
        {create.isError && (
          <Alert color="red" title="The file cannot be imported">
            {errorMessage(create.error)}
          </Alert>
        )}
        {preview && (
          <Stack gap="sm">
            <Table aria-label="What the import creates" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>New</Table.Th>
                  <Table.Th>Existing</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {Object.entries(preview.counts).map(([kind, count]) => (
                  <Table.Tr key={kind}>
                    <Table.Th scope="row">{kind}</Table.Th>
                    <Table.Td>{count.create}</Table.Td>
                    <Table.Td>{count.match}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <ul aria-label="First objectives">
              {preview.tree.map((line) => (
                <li key={line.sourceId} style={{ marginLeft: `${line.depth * 1.5}rem` }}>
                  {line.title} ({line.performer} for {line.customer}, {line.cycle})
                </li>
              ))}
            </ul>
            {preview.problems.length > 0 && (
              <ul aria-label="Problems">
                {preview.problems.map((p) => (
                  <li key={`${p.file}-${p.row}-${p.column}-${p.message}`}>
                    {p.severity === 'error' ? 'Error' : 'Warning'}: {p.file}
                    {p.row === undefined ? '' : `, row ${p.row}`}
                    {p.column ? `, ${p.column}` : ''}: {p.message}
                  </li>
                ))}
              </ul>
            )}
            {!jobId && (
              <Group>
                <Button
                  onClick={() => void send(false)}
                  disabled={preview.isBlocked}
                  loading={create.isPending}
                >
                  Import
                </Button>
                {preview.isBlocked && (
                  <Text>
                    {preview.columns && preview.columns.missing.length > 0
                      ? 'Choose the columns of the required fields, then check the file again.'
                      : 'Fix the errors, or choose to skip the rows that have them.'}
                  </Text>
                )}
              </Group>
            )}
          </Stack>
        )}
        {running && (
          <Stack gap="xs">
            <Progress
              aria-label="Import progress"
              value={running.total > 0 ? (running.done / running.total) * 100 : 0}
            />
            <Text role="status">
              {running.status === 'running' && running.step}
              {running.status === 'failed' && `The import failed: ${running.error}`}
              {running.status === 'succeeded' &&
                running.result &&
                `Imported: ${running.result.created} new, ${running.result.updated} updated, ${running.result.unchanged} unchanged.`}
            </Text>
          </Stack>
        )}
      </Stack>
    </>
  );
}
