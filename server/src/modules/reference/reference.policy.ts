import type { Actor } from '../../platform/actor.ts';

/**
 * Who may do what with reference data. Units, catalogues and legal documents are public reference data:
 * every signed-in user reads them (and /api/units/provinces is public). Only the system administrator
 * changes them: catalogue and legal-document edits, and the import of administrative units.
 */
export type ReferenceAction =
  | 'units.read'
  | 'units.import'
  | 'catalogues.read'
  | 'catalogues.manage'
  | 'legalDocuments.read'
  | 'legalDocuments.manage';

export const referenceActions: readonly ReferenceAction[] = [
  'units.read',
  'units.import',
  'catalogues.read',
  'catalogues.manage',
  'legalDocuments.read',
  'legalDocuments.manage',
];

export function canReference(actor: Actor | null, action: ReferenceAction): boolean {
  if (!actor) return false;
  switch (action) {
    case 'units.read':
    case 'catalogues.read':
    case 'legalDocuments.read':
      return true;
    case 'units.import':
    case 'catalogues.manage':
    case 'legalDocuments.manage':
      return actor.role === 'system_admin';
  }
}
