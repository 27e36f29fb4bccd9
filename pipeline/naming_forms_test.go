package pipeline

import "testing"

// TestNamingForms: a verb of naming (call, brand, label, dub, term) whose
// object is named by a word of wrongdoing or disapproval judges the
// object's actor, or the doer of the act the object names, in each form
// the naming takes: a plural head of a many-word name ("acts of war"), a
// light noun before the name ("a form of blackmail", "a kind of piracy"),
// the passive with its agent, an object set off by an apposition before
// what it is called, a relative clause whose pronoun is what is named. A
// naming denied, a name of praise and a neutral word code nothing.
func TestNamingForms(t *testing.T) {
	testLexRows(t, []lexRow{
		{"plural head of a many-word name", d, "Pyongyang called the South Korean drills acts of war.", "112", "PRKGOV>KOR", ""},
		{"plural head, labelled", d, "Sudan labelled the Egyptian airstrikes acts of aggression.", "112", "SDN>EGY", ""},
		{"plural head, reported", d, "Cuba said it had called the American raids acts of aggression.", "112", "CUB>USA", ""},
		{"a form of a name of wrongdoing", d, "Tehran called the American sanctions a form of economic terrorism.", "112", "IRNGOV>USA", ""},
		{"a kind of a name of wrongdoing", d, "Caracas branded the British seizure of the tanker a kind of piracy.", "112", "VENGOV>GBR", ""},
		{"an act of a word of disapproval", d, "Athens termed the Turkish overflights an act of provocation.", "112", "GRCGOV>TUR", ""},
		{"passive with its agent", d, "The opposition leader was called a traitor by the president in 2015.", "111", "GOV>OPP", ""},
		{"passive, branded a name of wrongdoing", d, "The Israeli raid was branded an act of piracy by Ankara.", "112", "TURGOV>ISR", ""},
		{"described as, passive with its agent", d, "The raid on the flotilla was described as an act of piracy by Turkey in 2010.", "112", "TUR>", ""},
		{"described as, passive with no agent", d, "The Israeli raid was described as an act of piracy.", "11", "", ""},
		{"an apposition before what it is called", d, "Ankara called Syria's president, Bashar al-Assad, a terrorist.", "111", "TURGOV>SYRGOV", ""},
		{"an apposition is no phone call", d, "Ankara called Syria's president, Bashar al-Assad, a terrorist.", "041", "", ""},
		{"relative which: the antecedent is named", d, "Moscow rejected the American sanctions, which it called an act of aggression.", "112", "RUSGOV>USA", ""},
		{"relative in the subject: the antecedent is named", d, "The Chinese drills, which Seoul branded a provocation, ended on Monday.", "112", "KORGOV>CHN", ""},
		{"relative with no pronoun", d, "Seoul cancelled the drills Pyongyang called an act of war.", "112", "PRKGOV>KORGOV", ""},
		{"relative with no pronoun, a determined namer", d, "Moscow denounced the American sanctions the Kremlin called economic blackmail.", "112", "RUSGOV>USA", ""},
		{"a referendum named a victory is no referendum called", d, "Kiev denounced the referendum the rebels called a victory.", "0834", "", ""},
		{"denied naming codes nothing", d, "Washington did not call the takeover a coup.", "11", "", ""},
		{"denied plural name codes nothing", d, "Berlin has never called the Russian strikes acts of terrorism.", "11", "", ""},
		{"a name of praise is no disapproval", d, "Kenya called the agreement a historic step.", "11", "", ""},
		{"a kind of praise is no disapproval", d, "Peru called the accord a kind of miracle.", "11", "", ""},
		{"hailed as a victory is no disapproval", d, "Egypt hailed the truce as a victory.", "11", "", ""},
		{"a neutral word calls no meeting", d, "Iraq called the meeting routine.", "04", "", ""},
		{"a meeting called is still one", d, "The Arab League called an emergency meeting on Syria in 2012.", "040", "IGOARL>SYR", ""},
		{"a bare singular name closes the clause", d, "Havana called the American arrests repression.", "112", "CUBGOV>USA", ""},
		{"a bare singular name is no phone call", d, "Havana called the American arrests repression.", "041", "", ""},
		{"a list of bare names after a singular object", d, "Beirut called the Israeli blockade oppression and piracy.", "112", "LBNGOV>ISR", ""},
	})
}
