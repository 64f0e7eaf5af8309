import { describe, expect, it } from 'vitest';
import { normalizePerson, parseGroups, personKey, validatePerson, type PersonInput } from './person';
import { normalizeUnit, validateUnit } from './unit';

const base: PersonInput = { name: '张三', title: '', category: '人大代表', groups: [], phone: '' };

describe('person', () => {
  it('splits group tags written in the usual ways', () => {
    expect(parseGroups('常委会组成人员、企业代表；人大代表,企业代表')).toEqual([
      '常委会组成人员',
      '企业代表',
      '人大代表',
    ]);
    expect(parseGroups('')).toEqual([]);
  });

  it('cleans names, titles and phones', () => {
    const clean = normalizePerson({
      ...base,
      name: ' 张\u3000三 ',
      title: ' 县人大  代表 ',
      phone: '0795-4567890',
    });
    expect(clean).toMatchObject({ name: '张三', title: '县人大 代表', phone: '07954567890' });
  });

  it('accepts mobiles and landlines, refuses other numbers', () => {
    expect(validatePerson({ ...base, phone: '13979500001' })).toEqual({});
    expect(validatePerson({ ...base, phone: '07954567890' })).toEqual({});
    expect(validatePerson({ ...base, phone: '12345' }).phone).toContain('电话');
  });

  it('refuses an unknown category and lists the allowed ones', () => {
    const errors = validatePerson({ ...base, category: '群众' as never });
    expect(errors.category).toContain('常委会组成人员');
  });

  it('tells namesakes apart by title', () => {
    expect(personKey({ name: '张伟', title: 'a' })).not.toBe(personKey({ name: '张伟', title: 'b' }));
  });
});

describe('unit', () => {
  it('needs a full name and a known kind', () => {
    const errors = validateUnit(
      normalizeUnit({
        fullName: ' ',
        shortName: '',
        kind: '机关' as never,
        headName: '',
        headTitle: '',
        supervisorName: '',
        supervisorTitle: '',
      }),
    );
    expect(errors.fullName).toContain('单位全称');
    expect(errors.kind).toContain('政府工作部门');
  });
});
