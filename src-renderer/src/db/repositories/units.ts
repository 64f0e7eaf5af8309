import { normalizeUnit, unitKey, validateUnit, type Unit, type UnitInput } from '../../domain/directory/unit';
import { UNIT_COLUMNS } from '../../domain/directory/importUnits';
import { directoryRepository } from './directory';

export const unitsRepository = directoryRepository<Unit, UnitInput>({
  table: (db) => db.units,
  usageIndex: 'unitIds',
  normalize: normalizeUnit,
  validate: validateUnit,
  key: unitKey,
  describe: (u) => u.fullName,
  keyField: 'fullName',
  noun: '该单位',
  list: 'units',
  fields: UNIT_COLUMNS,
});
