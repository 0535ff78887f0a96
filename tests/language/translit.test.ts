import { scriptKey } from '../../src/language/translit';

describe('scriptKey', () => {
  it('gives a German name and its Arabic or Ukrainian transcription one key', () => {
    expect(scriptKey('موسنكوس')).toBe(scriptKey('musenkuss'));
    expect(scriptKey('مونشن')).toBe(scriptKey('munchen'));
    expect(scriptKey('فاليكوم')).toBe(scriptKey('valikom'));
    expect(scriptKey('бельвю')).toBe(scriptKey('bellevue'));
    expect(scriptKey('гланц')).toBe(scriptKey('glanz'));
  });

  it('keeps different names apart and ignores too short keys', () => {
    expect(scriptKey('musenkuss')).not.toBe(scriptKey('bellevue'));
    expect(scriptKey('зоб')).toBe('');
  });
});
