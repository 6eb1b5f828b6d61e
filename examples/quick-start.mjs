// Quick start: assess a small body of IIP Leadership & Management evidence.
// Run from a clone with `npm ci && npm run build && node examples/quick-start.mjs`;
// in your own project, `npm install lmdkit zod` and import from 'lmdkit' the same way.
import { assessLmModel, getLmRequirement, recognitionLevel } from 'lmdkit';

const evidence = [
  { requirementId: 'LM2.1', audience: 'top-managers', source: 'interview', supports: 'yes' },
  { requirementId: 'LM2.2', audience: 'leaders-and-managers', source: 'survey', supports: 'yes' },
  { requirementId: 'LM2.2', audience: 'leaders-and-managers', source: 'interview', supports: 'no' },
  { requirementId: 'LM7.1', audience: 'leaders-and-managers', source: 'interview', supports: 'yes' },
];

const result = assessLmModel(evidence);

console.log(`Meets the model: ${result.meetsModel}`);
console.table(result.indicators.map(({ id, name, status }) => ({ id, name, status })));
// Requirements nobody gave evidence for are findings too; here we list only the others.
const notable = result.findings.filter((finding) => finding.code !== 'LM_REQUIREMENT_NOT_ASSESSED');
for (const finding of notable) console.log(`${finding.severity.toUpperCase()} ${finding.code}: ${finding.message}`);
console.log(`LM7.1 needs evidence from: ${getLmRequirement('LM7.1').evidenceFrom.join(', ')}`);
console.log(`Standard met plus 80 more requirements: ${recognitionLevel({ meetsStandard: true, additionalRequirementsMet: 80 })}`);

try {
  assessLmModel([{ requirementId: 'LM10.1', audience: 'people', source: 'survey', supports: 'yes' }]);
} catch (error) {
  console.log(`${error.name}: ${error.message}`);
}
