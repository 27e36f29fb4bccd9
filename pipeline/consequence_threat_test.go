package pipeline

import "testing"

// TestConsequenceThreat: a party that says what it will do to another, or
// what the other will suffer for what it does, threatens it (13): a
// hostile act of its own side foretold ("said it would turn Seoul into a
// sea of fire", "would respond in kind"), a harm told in the passive with
// the other as its patient ("would be held responsible", "would be
// fired"), a deed foretold to be answered ("any attempt to ... would be
// met by force", "would not go unanswered", "would have consequences").
// The subject of the foretold harm may carry an infinitive ("any attempt
// to seize power would"): the clause after it is still what was said.
// Forecasts, promises of help, past facts and denials are no threat.
func TestConsequenceThreat(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"turn into a sea of fire, active", d, "Pyongyang said it would turn Seoul into a sea of fire if provoked.", "13", "PRKGOV>KORGOV", ""},
		{"reduce to ashes, active", d, "The rebels said they would reduce the capital to ashes.", "13", "REB>", ""},
		{"respond in kind", d, "Moscow said it would respond to the expulsions in kind.", "13", "RUSGOV>", ""},
		{"retaliate in kind", d, "Beijing warned that it would retaliate in kind against any new tariffs.", "13", "CHNGOV>", ""},
		{"would not go unanswered, a sale", d, "Beijing said the American arms sale would not go unanswered.", "13", "CHNGOV>USAGOV", ""},
		{"would not go unpunished, a crime", d, "Kabul said the massacre would not go unpunished.", "13", "AFGGOV>", ""},
		{"held responsible, passive future", d, "Israel's defence minister said Hezbollah would be held responsible for any escalation.", "13", "ISRGOV>LBNRAD", ""},
		{"held accountable, passive future", d, "Washington warned that Damascus would be held accountable for any use of chemical weapons.", "13", "USAGOV>SYRGOV", ""},
		{"would hold responsible, active future", d, "Seoul said it would hold Pyongyang responsible for any provocation.", "13", "KORGOV>PRKGOV", ""},
		{"guard: held responsible, passive, told as done", d, "Israel said Hezbollah was held responsible for the attack.", "13", "", ""},
		{"guard: workers fired on, shots", d, "The union said the strikers were fired on by police.", "13", "", ""},
		{"attempt to, met by force", d, "India warned Colombo that any attempt to stop the planes would be met by force.", "13", "INDGOV>LKAGOV", ""},
		{"attempt to, met with a firm response", d, "Beijing warned that any attempt to sell arms to Taiwan would be met with a firm response.", "13", "CHNGOV>", ""},
		{"attempt to, cost aid", d, "Obama warned that any attempt to seize power by force would cost Afghanistan its aid.", "13", "USAGOV>AFGGOV", ""},
		{"an attack on its own sites, met with a response", d, "Iran said any attack on its nuclear sites would be met with a crushing response.", "13", "IRNGOV>", ""},
		{"an incursion into its soil, met with force", d, "Caracas warned that any incursion against its territory would be met with force.", "13", "VENGOV>", ""},
		{"would have consequences", d, "Ankara warned that the Greek move would have consequences.", "13", "TURGOV>GRCGOV", ""},
		{"would have serious consequences, for a party", d, "Russia said the deployment would have serious consequences for Poland.", "13", "RUSGOV>POLGOV", ""},
		{"options on the table", d, "Washington said it would keep all options on the table.", "13", "USAGOV>", ""},
		{"strikers would be fired", d, "The company warned that the strikers would be fired if they did not return to work.", "13", "BUS>LAB", ""},
		{"would fire the strikers", d, "The company said it would fire the strikers if they did not return to work by Monday.", "13", "BUS>LAB", ""},
		{"guard: a forecast of a storm", d, "The ministry said the storm would hit the coast on Monday.", "13", "", ""},
		{"guard: a forecast of prices", d, "The bank said prices would rise.", "13", "", ""},
		{"guard: a promise of aid", d, "Japan said it would send aid to the Philippines.", "13", "", ""},
		{"guard: a reply to a letter", d, "Tehran said it would respond to the letter.", "13", "", ""},
		{"guard: a retaliation denied", d, "Tokyo said it would not retaliate.", "13", "", ""},
		{"guard: a past response", d, "Moscow said it had responded in kind.", "13", "", ""},
		{"guard: a consequence told as fact", d, "The minister said the floods had serious consequences for farmers.", "13", "", ""},
		{"guard: workers fired, told as done", d, "The company said the strikers had been fired.", "13", "", ""},
		{"guard: an attempt to mediate praised", d, "Cairo said the decision to reopen the border was a positive step.", "13", "", ""},
		{"guard: held responsible, past", d, "Israel held Hezbollah responsible for the attack.", "13", "", ""},
	})
}
