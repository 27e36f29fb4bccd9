package pipeline

import "testing"

// TestDoerNounsOfBlame: "the perpetrators", "the planners", "the
// masterminds" and "the culprits" describe whoever did the armed act the
// story told, as "the attackers" do (agents.txt's doers): a threat to hunt
// them down or punish them is aimed at the armed actor named last, with
// the country the story gave it; with no such actor named, at armed men of
// no country. Negated and conditional threats code none; a person called
// "the suspected mastermind" in apposition keeps their own country.
func TestDoerNounsOfBlame(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the planners", "2005-11-10", "Al Qaeda in Iraq bombers attacked three hotels in Amman on Wednesday, killing 57 people. Jordan's King Abdullah vowed on Thursday to hunt down the planners.", "130", "JORGOV>IRQRAD", ""},
		{"the perpetrators", "2001-06-04", "Abu Sayyaf rebels kidnapped 20 tourists from a resort on Palawan on Sunday. President Arroyo vowed to crush the perpetrators.", "138", "PHLGOV>PHLRAD", ""},
		{"the culprits, would be punished", "2014-12-17", "Taliban militants stormed an army school in Peshawar on Tuesday, killing 132 children. Prime Minister Nawaz Sharif said the culprits would be punished.", "130", "PAKGOV>AFGREB", ""},
		{"the masterminds, a sentence between", "2014-04-20", "Boko Haram gunmen abducted more than 200 schoolgirls from Chibok last week. Parents gathered in the town on Sunday. President Goodluck Jonathan vowed to hunt down the masterminds.", "130", "NGAGOV>NGARAD", ""},
		{"the perpetrators, passive", "2015-01-08", "Islamist gunmen attacked the offices of Charlie Hebdo in Paris on Wednesday. President Hollande said the perpetrators would be hunted down.", "130", "FRAGOV>UAF", ""},
		{"unidentified doers: of no country", "2012-05-10", "Unidentified gunmen killed a judge in Karachi on Wednesday. Police vowed to hunt down the culprits.", "130", "COP>UAF", ""},
		{"not: negated", "2014-12-17", "Taliban militants stormed an army school in Peshawar on Tuesday. Sharif did not vow to punish the culprits.", "13", "", ""},
		{"not: a condition", "2014-12-17", "Taliban militants stormed an army school in Peshawar on Tuesday. If the perpetrators are caught, they will be hanged, Sharif said.", "13", "", ""},
		{"an apposed mastermind keeps his country", "1995-02-09", "Pakistani agents arrested Ramzi Ahmed Yousef, the suspected mastermind of the World Trade Center bombing, in Islamabad on Tuesday.", "173", "PAKSPY>PAK", ""},
	})
}
