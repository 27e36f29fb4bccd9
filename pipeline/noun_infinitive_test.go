package pipeline

import "testing"

// TestNounInfinitive: a noun of decision or attempt ("decision", "move",
// "attempt", "effort") whose infinitive names an act tells that act as
// done by the noun's owner ("Washington's decision to impose sanctions",
// "the decision by Warsaw to expel"), as "decided to" and "tried to" do,
// also where the noun is the object of another verb ("condemned Warsaw's
// decision to expel"); a threat's or a refusal's infinitive belongs to
// it, not to the verb before. Not done: a decision no one owns ("any
// decision to expel would harm ties"), one kept from being made
// ("postponed its decision to expel"), one told under "would", what a
// refusal or failure names ("criticised Islamabad's failure to arrest"),
// an effort none made ("made little effort to"). The noun's infinitive
// ends at a comma: "during a visit" after it is the clause's. A purpose
// after a verb's object stays the verb's ("used tear gas to disperse").
func TestNounInfinitive(t *testing.T) {
	const d = "2020-01-01"
	testLexRows(t, []lexRow{
		{"possessor's decision, subject", d, "Washington's decision to impose sanctions on Iran angered Tehran.", "163", "USAGOV>IRN", ""},
		{"decision by an agent", d, "The decision by Rabat to recall its ambassador from Algiers was criticised.", "161", "MARGOV>DZAGOV", ""},
		{"decision as object", d, "Moscow condemned Warsaw's decision to expel five Russian diplomats.", "161", "POLGOV>RUSGOV", ""},
		{"attempt as object", d, "Kyiv condemned Moscow's attempt to annex four Ukrainian regions.", "192", "RUSGOV>UKR", ""},
		{"announced decision", d, "Ghana announced a decision to expel two Nigerian diplomats.", "161", "GHA>NGAGOV", ""},
		{"threat as object is the threat's", d, "Sweden criticised Turkey's threat to block its NATO bid.", "129", "", ""},
		{"refusal's act not done", d, "Uganda condemned Kenya's refusal to extradite the suspect.", "063", "", ""},
		{"visit after the comma is the clause's", d, "Macron apologised for France's failure to stop the massacres, during a visit to Kigali.", "042", "FRAGOV>RWAGOV", ""},
		{"attempt with a light verb", d, "Riot police made an attempt to disperse the protesters in Lagos.", "175", "NGACOP>NGAOPP", ""},
		{"little effort is none", d, "Riot police made little effort to disperse the protesters in Lagos.", "175", "", ""},
		{"failure's act not done", d, "Washington criticised Islamabad's failure to arrest the militants.", "173", "", ""},
		{"another's decision rejected is made", d, "Moscow rejected Warsaw's decision to expel five Russian diplomats.", "161", "POLGOV>RUSGOV", ""},
		{"a decision blocked is not made", d, "Hungary blocked the EU's decision to impose sanctions on Russia.", "163", "", ""},
		{"no owner", d, "Any decision to expel the Russian ambassador would harm relations, Norway said.", "161", "", ""},
		{"postponed decision", d, "Norway postponed its decision to expel the Russian ambassador.", "161", "", ""},
		{"would decision", d, "Norway would regret any decision to expel its ambassador from Moscow.", "161", "", ""},
		{"purpose after object", d, "Kenyan police used tear gas to disperse protesters in Nairobi.", "175", "KENCOP>KENOPP", ""},
		{"object control stays", d, "Beijing urged Washington not to sell arms to Taiwan.", "0212", "CHNGOV>USAGOV", ""},
	})
}
