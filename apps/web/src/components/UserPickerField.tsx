import type { FieldProps } from '@rjsf/utils';

import type { Role } from '@yilin/contracts';

import { client } from '@web/api/api-client';

import { LoadState } from './LoadState';
import { useLoad } from './use-load';

/** Picks people holding a role (the reviewers, a supervisor) by name; the form keeps their ids. */
export function UserPickerField({ formData, onChange, uiSchema, schema, fieldPathId }: FieldProps) {
  const role = ((uiSchema?.['ui:options'] as { role?: Role } | undefined)?.role ?? 'reviewer') as Role;
  const people = useLoad(() => client.get('/api/users/directory', { query: { role } }), role);
  // An array field picks several people; a string field picks one.
  const many = schema.type === 'array';
  // rjsf fills `minItems` with empty entries; only picked ids count.
  const picked = many ? (Array.isArray(formData) ? (formData as unknown[]) : []) : [formData];
  const chosen = picked.filter((id): id is string => typeof id === 'string' && id !== '');
  const toggle = (id: string) => {
    if (!many) return onChange(id, fieldPathId.path);
    onChange(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id], fieldPathId.path);
  };
  return (
    <fieldset className="user-picker">
      <legend>{schema.title ?? String(fieldPathId.path.at(-1) ?? '')}</legend>
      <LoadState loaded={people}>
        {(list) =>
          list.map((person) => (
            <label key={person.id} className="check">
              <input type={many ? 'checkbox' : 'radio'} name={fieldPathId.$id} checked={chosen.includes(person.id)} onChange={() => toggle(person.id)} />
              {person.displayName}
            </label>
          ))
        }
      </LoadState>
    </fieldset>
  );
}
