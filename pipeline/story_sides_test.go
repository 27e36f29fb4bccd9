package pipeline

import "testing"

// TestRegretOtherSide: an apology or an expression of regret that names no
// one it is made to is made to the story's other side, in a story of two
// countries (policy.tsv's counterpart on 055); in a story of one country,
// or over a disaster, it has no target.
func TestRegretOtherSide(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"apologised after a sinking", "2001-02-10", "A U.S. submarine sank a Japanese fishing boat off Hawaii. Washington apologised on Saturday.", "055", "USAGOV>JPNGOV", ""},
		{"regret months after a shooting down", "2016-06-27", "Turkish jets shot down a Russian warplane near the Syrian border in November. Turkey's president expressed regret on Monday.", "055", "TURGOV>RUSGOV", ""},
		{"regret for a mob's violence", "2008-02-22", "Serbian rioters set fire to the U.S. embassy in Belgrade on Thursday. Serbia's prime minister expressed regret for the violence.", "055", "SRBGOV>USAGOV", ""},
		{"regret for attacks on factories", "2012-09-16", "Chinese protesters attacked Japanese-owned factories in Qingdao. Beijing expressed regret on Monday.", "055", "CHNGOV>JPNGOV", ""},
		{"an apology years after a raid", "2013-03-22", "Israeli commandos stormed a Turkish aid ship in 2010, killing nine activists. Israel apologised on Friday.", "055", "ISRGOV>TURGOV", ""},
		{"remorse after a border shooting", "1987-05-20", "Nigerian soldiers fired on Cameroonian gendarmes at a border post on Sunday. Nigeria expressed remorse for the incident.", "055", "NGAGOV>CMRGOV", ""},
		{"an apology offered after an airliner was downed", "1988-07-05", "An American warship shot down an Iranian airliner over the Gulf. The United States offered an apology on Monday.", "055", "USAGOV>IRNGOV", ""},
		// a story of one country: no other side
		{"regret over floods", "2019-07-01", "Floods killed 40 people in Mumbai. The Indian prime minister expressed regret for the deaths.", "055", "INDGOV>", ""},
		{"regret at home after a police shooting", "2012-08-18", "South African police shot dead 34 striking miners at Marikana. President Jacob Zuma expressed regret for the deaths.", "055", "ZAFGOV>", ""},
	})
}

// TestSidesDescribed: a counted description of two parties ("both sides",
// "the two countries", "the two neighbours") is the story's two sides, who
// acted against each other in the events told so far, not the two
// countries the story names most (a go-between it names often) nor two
// callers an earlier sentence joined by "and". Two who acted on each other
// (talks, joint drills) stay the pair the story told.
func TestSidesDescribed(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"two countries, a mediator named often", "1998-06-12", "Ethiopian warplanes bombed the Eritrean port of Assab on Thursday. The African Union and the United States sent envoys to Addis Ababa. U.S. officials said Washington would keep its embassy in Asmara open. The two countries agreed to a ceasefire on Sunday.", "0356", "ETHGOV>ERIGOV", ""},
		{"both sides after two observers offered", "2011-02-07", "Thai and Cambodian soldiers exchanged artillery fire near the Preah Vihear temple. Indonesia and Malaysia offered to send observers. Both sides accused each other of firing first.", "112", "THAGOV>KHMGOV", ""},
		{"both sides after callers for sanctions", "1991-10-05", "Serbian forces shelled the Croatian town of Vukovar on Saturday. Germany and Austria called for sanctions. European Community mediators said both sides had agreed to a ceasefire.", "0356", "SRBGOV>HRVGOV", ""},
		{"two neighbours after four mediators", "1995-01-30", "Peruvian and Ecuadorean troops clashed in the Cenepa valley. Brazil, Argentina, Chile and the United States offered to mediate. U.S. officials said the United States wanted a quick end to the fighting. The two neighbours agreed to a ceasefire on Friday.", "0356", "PERGOV>ECUGOV", ""},
		{"both sides and each other after three callers", "2020-10-02", "Azerbaijani forces shelled Stepanakert on Friday. Armenian forces fired rockets at Ganja. Russia, France and the United States called for a ceasefire. Russian President Vladimir Putin spoke with French President Emmanuel Macron. Both sides accused each other of targeting civilians.", "112", "ARMGOV>AZEGOV", ""},
		{"two countries, a patron named most", "1986-12-08", "Honduran warplanes bombed Nicaraguan positions near the border on Sunday. The United States said American helicopters had flown Honduran troops to the area. Washington also sent more advisers to Honduras. The two countries agreed to talks on Friday.", "036", "HNDGOV>NICGOV", ""},
		{"the rivals reject a plan", "1982-05-05", "British submarines sank the Argentine cruiser General Belgrano on Sunday. Argentine jets sank the British destroyer Sheffield on Tuesday. Peru and the United States offered a peace plan. The rivals rejected the plan.", "12", "ARGGOV>PERGOV", ""},
		{"the two sides and each other after two callers", "2008-08-10", "Russian tanks rolled into South Ossetia on Friday. Georgian troops shelled Russian positions. France and Finland called for a truce. The two sides accused each other of atrocities.", "11", "GEOGOV>RUSGOV", ""},
		{"an armed group is a side of its own", "2006-07-15", "Israeli jets bombed Beirut's airport on Thursday. Hezbollah fired rockets at Haifa. France and Italy called for restraint. Both sides vowed to keep fighting.", "138", "LBNRAD>ISRGOV", ""},
		{"both governments after a trade quarrel", "2025-01-27", "President Trump imposed tariffs on Colombian goods on Sunday. Colombian President Gustavo Petro raised duties on American imports. Spain and Mexico urged calm. Both governments agreed to end the dispute on Monday.", "03", "COLGOV>USAGOV", ""},
		// two who acted together or on each other stay the pair
		{"allies who drilled together", "2016-09-20", "Russia and China held joint naval drills in the South China Sea. Japan criticised the exercises. The two countries rejected the criticism on Tuesday.", "12", "CHNGOV>JPNGOV", ""},
		{"two in talks, a third critic", "2020-06-05", "Egypt and Ethiopia resumed talks on the Nile dam on Tuesday. Sudan criticised Ethiopia for filling the reservoir. The two countries agreed to meet again next week.", "036", "EGYGOV>ETHGOV", ""},
		{"a pair of the sentence itself", "1998-06-06", "Indian jets bombed Pakistani positions. The U.N. Security Council condemned the nuclear tests by India and Pakistan and demanded that both countries refrain from further tests.", "10", "IGOUNO>PAKGOV", ""},
	})
}

// TestSidesLaterInSentence: an act whose source the story has paired with
// no other country yet takes the counterpart its whole sentence gives, the
// events told after it in the sentence too: a wire lede tells the answer
// before what it answers ("Colombia agreed ..., hours after the United
// States imposed tariffs"). A third party and a measure at home gain no
// target.
func TestSidesLaterInSentence(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"an agreement before the tariffs it answers", "2025-01-26", "Colombia agreed on Sunday to take back the deported migrants, hours after the United States imposed tariffs on Colombian goods.", "030", "COLGOV>USAGOV", ""},
		{"a pledge a week after sanctions", "2017-09-15", "North Korea pledged to halt its missile tests on Friday, a week after the United States imposed new sanctions on Pyongyang.", "030", "PRKGOV>USAGOV", ""},
		{"an envoy recalled after expulsions", "2007-04-27", "Moscow recalled its ambassador on Thursday after Estonia expelled two Russian diplomats.", "161", "RUSGOV>ESTGOV", ""},
		{"a ceasefire after shelling", "2011-04-30", "Thailand agreed to a ceasefire on Saturday after Cambodian troops shelled Thai villages.", "0356", "THAGOV>KHMGOV", ""},
		{"a threat a day after air raids", "1980-09-23", "Iraq threatened to widen the war on Tuesday, a day after Iranian jets bombed Baghdad.", "13", "IRQGOV>IRNGOV", ""},
		{"an apology demanded after an interception", "2019-06-14", "The United Arab Emirates demanded an apology, after Qatari jets intercepted an Emirati airliner.", "10", "AREGOV>QATGOV", ""},
		{"islands seized, then ties cut", "1982-04-03", "Argentine troops seized the Falkland Islands on Friday, and Britain broke off diplomatic relations with Buenos Aires.", "192", "ARGMIL>GBRGOV", ""},
		// a third party, and a measure at home
		{"a host of talks is no side", "2006-02-02", "Norway agreed to host talks on Thursday, after Sri Lankan troops attacked Tamil rebels in Jaffna.", "03", "NORGOV>", ""},
		{"a curfew after clashes at home", "2024-06-25", "Kenya imposed a curfew in Nairobi after protesters clashed with police.", "17", "KENGOV>KENCVL", ""},
	})
}

// TestRivalAtHome: in a story of a conflict within one country, an act of
// intent, demand, yielding, refusal or threat by an arm of the state or an
// armed group that names no target is aimed at the other side at home
// (policy.tsv's rival): the state's side as the story named it, for the
// group; the group the state fought, for the state. A measure one side
// takes alone and a state that fought two groups as much gain no target.
func TestRivalAtHome(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"rebels vow to fight on", "2008-05-02", "Tamil Tiger rebels attacked an army camp near Jaffna on Friday. The rebels vowed to fight on.", "13", "LKAREB>LKAMIL", ""},
		{"rebels declare a truce", "2012-11-20", "Congolese troops shelled M23 positions near Goma. The M23 rebels declared a unilateral ceasefire on Tuesday.", "0871", "CODREB>CODMIL", ""},
		{"guerrillas threaten attacks", "2001-07-10", "FARC guerrillas ambushed an army patrol in Cauca on Monday. The guerrillas threatened further attacks.", "13", "COLREB>COLMIL", ""},
		{"the government offers talks", "1998-10-22", "Colombian troops killed a FARC commander in a raid on Tuesday. The government offered to resume peace talks.", "036", "COLGOV>COLREB", ""},
		{"rebels vow a holy war", "1995-05-10", "Russian troops bombarded Chechen rebel positions near Grozny. The rebels vowed to wage a holy war.", "13", "RUSREB>RUSMIL", ""},
		{"the army vows to go on", "2019-04-01", "Nigerian troops killed 30 Boko Haram fighters near Maiduguri. The army vowed to continue the offensive.", "13", "NGAMIL>NGARAD", ""},
		{"guerrillas threaten to retaliate", "1992-09-14", "Shining Path guerrillas bombed a police station in Lima. The guerrillas threatened to retaliate.", "13", "PERREB>PERCOP", ""},
		{"a ceasefire ruled out", "2016-08-10", "Kurdish PKK militants attacked a police checkpoint in Diyarbakir. Turkey's government ruled out a ceasefire.", "12", "TURGOV>TURREB", ""},
		{"rebels demand talks", "2005-02-03", "Maoist rebels attacked a police post in western Nepal on Tuesday. The rebels demanded talks.", "10", "NPLREB>NPLCOP", ""},
		// the opposition in the street contends with the state too
		// (sectors.txt's rival), unarmed: a promise is made to it
		{"a promise after a crackdown on marchers", "2016-06-20", "Kenyan police fired tear gas at opposition marchers in Nairobi on Monday. The Kenyan government promised to investigate the shootings.", "03", "KENGOV>KENOPP", ""},
		// one side alone, two groups fought as much
		{"a mobilization at home", "2008-05-02", "Tamil Tiger rebels attacked an army camp near Jaffna on Friday. Sri Lanka called up 5,000 reservists on Saturday.", "15", "LKAGOV>", ""},
		{"two groups fought as much", "2001-05-10", "Colombian troops fought FARC guerrillas in Cauca. Soldiers also clashed with AUC paramilitaries in Antioquia. The government offered to open talks.", "036", "COLGOV>", ""},
	})
}
