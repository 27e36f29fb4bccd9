package pipeline

import "testing"

// TestCrowdTryingTo: a verb of attempt or will in -ing form between a noun
// and its infinitive ("a crowd trying to storm") is a participle on the
// noun, so the noun stays the phrase's head: firing on it is firing on a
// crowd (175), and the crowd does the attempted act.
func TestCrowdTryingTo(t *testing.T) {
	testLexRows(t, []lexRow{
		{"fired on a crowd trying to storm", d, "Police fired on a crowd trying to storm the embassy.", "175", "COP>CVL", ""},
		{"the crowd attempted the storming", d, "Police fired on a crowd trying to storm the embassy.", "145", "CVL>GOV", ""},
		{"opened fire on a crowd trying to reach", d, "Troops opened fire on a crowd trying to reach the palace.", "175", "MIL>CVL", ""},
		{"shot at a mob trying to loot", d, "Soldiers shot at a mob trying to loot the market.", "175", "MIL>CVL", ""},
		{"the mob, not the soldiers, tried to loot", d, "Soldiers shot at a mob trying to loot the market.", "145", "CVL>", ""},
		{"a crowd planning to march", d, "Police fired on a crowd planning to march on the presidency.", "175", "COP>CVL", ""},
	})
}

// TestForceFiredAtCrowds: a state's forces firing arms at protesters or a
// crowd repress it (175), whatever arms the sentence names; armed men who
// are no state force, or fire aimed at fighters, stay acts of force (19x).
func TestForceFiredAtCrowds(t *testing.T) {
	testLexRows(t, []lexRow{
		{"machine guns at students", d, "Soldiers fired machine guns at students in Rangoon.", "175", "MMRMIL>MMRCVL", ""},
		{"shot into the crowd", d, "Police shot into the crowd.", "175", "COP>CVL", ""},
		{"shot at protesters", d, "Troops shot at protesters in Khartoum.", "175", "SDNMIL>SDNOPP", ""},
		{"fired rifles into mourners", d, "Troops fired rifles into a crowd of mourners in Conakry.", "175", "GINMIL>GINCVL", ""},
		{"fired live rounds at marchers", d, "Riot police fired rounds at marchers in Harare on Monday.", "175", "ZWECOP>ZWEOPP", ""},
		{"machine guns at demonstrators", d, "Troops fired machine guns at demonstrators in Mandalay.", "175", "MMRMIL>MMROPP", ""},
		{"shot at a crowd outside a palace", d, "Police shot at the crowd outside the palace in Dhaka.", "175", "BGDCOP>BGDCVL", ""},
		{"gunmen at villagers: no repression", d, "Gunmen fired machine guns at villagers.", "175", "", ""},
		{"shots at rebel positions: no repression", d, "Soldiers fired shots at rebel positions.", "175", "", ""},
	})
}

// TestEnvoysPulledOut: a state that pulls its own envoys or embassy staff
// out of a country withdraws them (161), as "recall" reads it; troops
// pulled out retreat (087).
func TestEnvoysPulledOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"pulling diplomats out of a capital", d, "Britain is pulling its diplomats out of Tehran.", "161", "GBR>IRNGOV", ""},
		{"pulled out diplomats from", d, "Canada pulled out its diplomats from Caracas.", "161", "CAN>VENGOV", ""},
		{"embassy staff pulled out", d, "Germany pulled its embassy staff out of Kabul.", "161", "DEU>AFGGOV", ""},
		{"perfect tense, an envoy", d, "France has pulled its envoy out of Bamako.", "161", "FRA>MLIGOV", ""},
		{"an ambassador, with a day", d, "Washington pulled its ambassador out of Moscow on Friday.", "161", "USAGOV>RUSGOV", ""},
		{"troops pulled out retreat", d, "Russia pulled its troops out of Kherson.", "087", "RUS>UKR", ""},
		{"troops pulled out are no envoys", d, "Russia pulled its troops out of Kherson.", "161", "", ""},
	})
}

// TestRejectedAs: an "as" phrase after the object says what the object is
// taken for. It is not the act a refusal speaks of ("rejected the
// sanctions as an attack" refuses the sanctions, not an attack), and a
// preposition inside it is its noun's, not the verb's: "on its
// sovereignty" names no target of the rejection.
func TestRejectedAs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rejected sanctions as an attack on", d, "Iran rejected the sanctions as an attack on its sovereignty.", "120", "IRN>", ""},
		{"rejected as an attack, then vowed", d, "Pyongyang rejected the sanctions as an attack on its sovereignty and vowed to make the United States pay.", "120", "PRKGOV>", ""},
		{"rejected as an assault on its economy", d, "Venezuela rejected the sanctions as an assault on its economy.", "120", "VEN>", ""},
		{"a city for its government", d, "Caracas rejected the new measures as an attack on its sovereignty.", "120", "VENGOV>", ""},
		{"an of phrase inside the as phrase", d, "Cuba rejected the embargo as an act of war against its people.", "120", "CUB>", ""},
		{"the people inside the as phrase are no target", d, "Syria rejected the sanctions as an assault on the Syrian people.", "120", "SYR>", ""},
		{"a passive's as phrase keeps its modifiers", sweepDate, "The release of the hostages was demanded by the Israeli government on Sunday as the first step of any deal with Hamas, an official said.", "10", "ISRGOV>PSEREB", ""},
	})
}

// TestFrameSpeakerNameSplit: a report frame after the clause it reports
// (", the speaker of parliament, Mahinda Yapa Abeywardena, announced") is
// a frame even when the speaker's name, set off by commas, reaches the
// chunks as two phrases; the resignation it tells of is then announced,
// decided (0831), not the subject's own intent (0341).
func TestFrameSpeakerNameSplit(t *testing.T) {
	testLexRows(t, []lexRow{
		{"announced late on Saturday", d, "Rajapaksa will step down on Wednesday, the speaker of parliament, Mahinda Yapa Abeywardena, announced late on Saturday.", "0831", "LKAGOV>LKAOPP", ""},
		{"president of congress", d, "Vizcarra will resign on Friday, the president of congress, Juan Carlos Pinzon, announced.", "0831", "PERGOV>PEROPP", ""},
		{"said, next month", d, "Thein Sein will step down next month, the speaker of parliament, Aung Kyaw Zaw, said.", "0831", "MMRGOV>MMROPP", ""},
		{"before a month", d, "Bouteflika will step down before April, the speaker of parliament, Mouad Bouchareb, announced.", "0831", "DZAGOV>DZAOPP", ""},
		{"hand over power, said", d, "Museveni will hand over power next year, the speaker of parliament, Rebecca Alitwala Kadaga, said.", "0831", "UGAGOV>UGAOPP", ""},
		{"three names", d, "Mugabe will resign on Tuesday, the speaker of parliament, Jacob Francis Mudenda, announced.", "0831", "ZWEGOV>ZWEOPP", ""},
	})
}

// TestNounBeforeWho: a word that may be a noun or an adjective ("chief",
// "radical") right before "who" is the noun its phrase ends in, so the
// relative clause's act has that phrase as its subject.
func TestNounBeforeWho(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a security chief who was freed", d, "Felix Kulov, a former security chief who was freed from prison by protesters, took charge of the police.", "0841", "KGZOPP>KGZGOV", ""},
		{"an opposition radical who organised", d, "Soldiers detained a prominent opposition radical who had organised the march.", "141", "OPP>", ""},
		{"a young radical who led a march", d, "Police detained a young opposition radical who had led the march on parliament.", "141", "OPP>", ""},
		{"a student radical who burned a flag", d, "Police arrested a student radical who had burned the flag.", "145", "CVL>", ""},
		{"an army chief who ordered shelling", d, "Ali Musa, a senior army chief who had ordered the shelling of Homs, was arrested in Beirut.", "194", "MIL>SYR", ""},
		{"apposition, then the passive arrest", d, "Maria Lopez, a student radical who had led the march, was detained by police.", "141", "CVL>", ""},
	})
}

// TestSpeakerBeforeRelative: after "X, who ..., said Y was Z and asked W
// to act", the act after "and" is the speaker's, as after "X said" with
// nothing between: a thing said names no actor, the one who said it does.
// A modal the saying has not ("and would send an envoy") goes on with what
// was said.
func TestSpeakerBeforeRelative(t *testing.T) {
	testLexRows(t, []lexRow{
		{"asked, after an apposition and a relative", d, "Albert Ondo Ossa, the main opposition candidate, who had denounced the count as a fraud, said the victory was rightfully his and asked the officers to finish counting the ballots.", "020", "GABOPP>GABCOP", ""},
		{"urged, after a relative", d, "Raila Odinga, who had rejected the results, said the election was rigged and urged his supporters to stay calm.", "020", "KENOPP>", ""},
		{"called on, after a passive relative", d, "Alexei Navalny, who had been poisoned in August, said the verdict was unjust and called on Russians to protest.", "020", "RUSOPP>RUSCVL", ""},
		{"asked a court", d, "Ousmane Sonko, who had been jailed in July, said the vote was a fraud and asked the Constitutional Council to annul it.", "020", "SENOPP>SENJUD", ""},
		{"a modal goes on with what was said", d, "Kofi Annan said he was deeply concerned and would send an envoy to assess the situation.", "036", "IGOUNO>", ""},
		{"a modal after a relative stays what was said", d, "Singirok, whom the prime minister promptly dismissed, said the mercenaries had been hired to crush the rebellion and would kill many civilians.", "1384", "PNGUAF>PNGCVL", ""},
	})
}

// TestObligationInLaterComplement: what a statement says another must or
// should do counts in any of its that-clauses, not only the first ("said
// the vote was rigged and that Russia must withdraw its troops").
func TestObligationInLaterComplement(t *testing.T) {
	testLexRows(t, []lexRow{
		{"told him that ... and that ... must", d, "India told him that the gunmen had come from Pakistan and that Islamabad must take strong action against those responsible.", "100", "IND>PAKGOV", ""},
		{"must withdraw, second clause", d, "The EU said the vote was rigged and that Russia must withdraw its troops.", "1056", "IGOEUR>RUS", ""},
		{"should hand over: an appeal", d, "Kenya said the attack was planned abroad and that Somalia should hand over the suspects.", "02", "KEN>SOM", ""},
		{"must release a leader", d, "France said the coup was illegal and that the junta must release President Bazoum.", "1053", "FRA>NERGOV", ""},
		{"must stop launches", d, "Japan said the missile had landed in its waters and that North Korea must stop its launches.", "100", "JPN>PRK", ""},
	})
}

// TestReportedSubjectWithRelative: a relative clause with no commas on the
// subject of what is reported ("said that the rebels who seized the town
// must withdraw") sits between that subject and its verb; the verb after it
// is still what was said, not a main clause of its own.
func TestReportedSubjectWithRelative(t *testing.T) {
	testLexRows(t, []lexRow{
		{"that, then the relative", d, "The UN said that the rebels who seized the town must withdraw immediately.", "100", "IGOUNO>REB", ""},
		{"no that", d, "Kyiv said the Russian troops who occupied the plant must leave.", "100", "UKRGOV>RUSGOV", ""},
		{"must release, a pronoun object", d, "Nigeria said the gunmen who kidnapped the schoolgirls must release them.", "1053", "NGA>UAF", ""},
		{"should return: an appeal", d, "Seoul said the North Korean soldiers who crossed the border should return.", "020", "KORGOV>PRKGOV", ""},
		{"must restore civilian rule", d, "The African Union said that the officers who seized power must restore civilian rule.", "1044", "IGOAFR>MIL", ""},
		{"a passive obligation on the reported subject", d, "India said the gunmen who attacked Mumbai must be handed over by Pakistan.", "1053", "IND>UAF", ""},
		{"the told are no reported subject: the order is the police's", d, "Police told the men who gathered outside to leave.", "10", "COP>", ""},
	})
}

// TestTruceThatWasAnnounced: "that" after a noun, before a reporting verb
// that ends its clause ("a ceasefire that the minister announced on
// Friday"), opens a relative clause whose object is the noun: the truce
// was declared (0871), and nothing was said of its own.
func TestTruceThatWasAnnounced(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a ceasefire a minister announced, after despite", d, "Troops shelled homes despite a ceasefire that Foreign Minister Moussa Koussa announced on Friday.", "0871", "LBYGOV>", ""},
		{"the truce the government declared", d, "Rebels broke the truce that the government declared on Monday.", "0871", "GOV>", ""},
		{"the ceasefire a country announced", d, "Fighting resumed despite the ceasefire that Russia announced on Sunday.", "0871", "RUS>", ""},
		{"a group's truce, no time", d, "Israel ignored the truce that Hamas declared.", "0871", "PSEREB>", ""},
		{"a time phrase of its own", d, "The army violated the ceasefire that the rebels announced last week.", "0871", "REB>", ""},
	})
}

// TestLedInAProtest: leading people in a protest, march, rally or vigil
// ("led thousands of people in a march through Kampala") is protesting
// (141), whoever the led are; the event noun alone, with no verb that does
// it, would code nothing.
func TestLedInAProtest(t *testing.T) {
	testLexRows(t, []lexRow{
		{"through the capital in a protest against", d, "Anwar led tens of thousands of people through the capital in the largest protest against Prime Minister Mahathir Mohamad.", "141", "MYSPTY>MYSGOV", ""},
		{"young people in a protest", d, "Bobi Wine led hundreds of young people in a protest against the election results.", "141", "UGAOPP>UGAGOV", ""},
		{"a march against a leader", d, "Juan Guaido led tens of thousands of Venezuelans in a march against Maduro.", "141", "VENOPP>VENGOV", ""},
		{"a march through a capital", d, "Kizza Besigye led thousands of people in a march through Kampala.", "141", "UGAOPP>UGAGOV", ""},
		{"a march through Moscow", d, "Alexei Navalny led thousands of people in a march through Moscow.", "141", "RUSOPP>RUSGOV", ""},
		{"troops led in an attack are no protest", d, "The general led his troops in an attack on the town.", "14", "", ""},
	})
}
