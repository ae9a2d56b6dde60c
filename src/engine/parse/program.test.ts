import { classifyProgram, isCollaboration } from './program';

describe('classifyProgram', () => {
  it.each([
    [['Co-Taught'], 'co-taught'],
    [[undefined, 'Algebra 1 ICT'], 'co-taught'],
    [['SDC'], 'special education'],
    [[undefined, 'RSP English'], 'special education'],
    [['Special Ed'], 'special education'],
    [['ELD'], 'EL'],
    [[undefined, 'ESL 2'], 'EL'],
    [[undefined, 'English 3 EL'], 'EL'],
    [['General Ed', 'ELD 1'], 'EL'],
    [[undefined, 'Elective: Electronics'], 'general'], // "EL" only as a whole word
    [[undefined, 'Biology'], 'general'],
  ] as [[string?, string?, string?], string][])('classifies %p as %p', (texts, program) => {
    expect(classifyProgram(...texts)).toBe(program);
  });
});

describe('isCollaboration', () => {
  it.each(['PLC', 'Grade 6 PLC', 'Common Planning', 'Collaboration', 'Banked Time', 'Early Release', 'Team Meeting'])('%p is collaboration', (text) => {
    expect(isCollaboration(undefined, text)).toBe(true);
  });

  it.each(['English 9', 'Collaborative Robotics Lab', 'Teamwork in Sports'])('%p is teaching', (text) => {
    expect(isCollaboration(text)).toBe(false);
  });
});
