import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShell } from '../app/AppContext';

/** Names of the office's departments and people by id (from the office settings). */
export function useOfficeNames() {
  const { t } = useTranslation();
  const { departments, people } = useShell().settings.office;
  return useMemo(() => {
    const departmentNames = new Map(departments.map((d) => [d.id, d.name]));
    const personNames = new Map(people.map((p) => [p.id, p.name]));
    return {
      departments,
      people,
      department: (id: string | null) => (id ? (departmentNames.get(id) ?? id) : t('decisions.noDepartment')),
      person: (id: string | null) => (id ? (personNames.get(id) ?? id) : t('decisions.nobody')),
    };
  }, [departments, people, t]);
}
