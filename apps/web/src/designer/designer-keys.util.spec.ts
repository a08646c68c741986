import { describe, expect, it } from '@jest/globals';

import { fieldKeyFromLabel, fieldKeyProblem, formKeyFromTitle, formKeyProblem, untakenKey } from './designer-keys.util';

describe('keys from labels', () => {
  it('makes a field key from English words and none from Chinese alone', () => {
    expect(fieldKeyFromLabel('Project start date')).toBe('projectStartDate');
    expect(fieldKeyFromLabel('  Do you keep a pet? ')).toBe('doYouKeepAPet');
    expect(fieldKeyFromLabel('项目名称')).toBe('');
    expect(fieldKeyFromLabel('2026 budget')).toBe('');
  });

  it('makes a form key from an English title', () => {
    expect(formKeyFromTitle('Community Survey 2026')).toBe('community-survey-2026');
    expect(formKeyFromTitle('社区调查')).toBe('');
  });

  it('numbers a key another already holds', () => {
    expect(untakenKey('name', [])).toBe('name');
    expect(untakenKey('name', ['name', 'name2'])).toBe('name3');
    expect(untakenKey('form', ['form'], '-')).toBe('form-2');
  });

  it('names what is wrong with a typed key', () => {
    expect(formKeyProblem('社区调查', [])).toBe('start');
    expect(formKeyProblem('survey form', [])).toBe('characters');
    expect(formKeyProblem('survey', ['survey'])).toBe('taken');
    expect(formKeyProblem('', [])).toBe('empty');
    expect(formKeyProblem('a'.repeat(65), [])).toBe('length');
    expect(formKeyProblem('survey-2', ['survey'])).toBeNull();
    expect(fieldKeyProblem('1a', [])).toBe('start');
    expect(fieldKeyProblem('name', ['name'])).toBe('taken');
    expect(fieldKeyProblem('name', [])).toBeNull();
  });
});
