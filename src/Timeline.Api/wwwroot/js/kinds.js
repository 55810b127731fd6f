// The kinds of activity the service records, with a label and a colour each. The colours come from a
// palette readable by people with the common colour-vision deficiencies.
export const kinds = [
  { name: 'AgreementSigned', label: 'Agreement signed', colour: '#0072B2' },
  { name: 'DelegationVisited', label: 'Delegation visit', colour: '#E69F00' },
  { name: 'TrainingHeld', label: 'Training', colour: '#009E73' },
  { name: 'ConferenceHeld', label: 'Conference', colour: '#CC79A7' },
  { name: 'MeetingHeld', label: 'Meeting', colour: '#56B4E9' },
  { name: 'DonationMade', label: 'Donation', colour: '#D55E00' },
  { name: 'CompetitionHeld', label: 'Competition', colour: '#B8A200' },
  { name: 'ProgrammeLaunched', label: 'Programme launched', colour: '#6A3D9A' },
  { name: 'ActivityReported', label: 'Other activity', colour: '#6B6B6B' },
];

const byName = new Map(kinds.map(kind => [kind.name, kind]));

export function kindOf(name) {
  return byName.get(name) ?? { name, label: name, colour: '#6B6B6B' };
}
