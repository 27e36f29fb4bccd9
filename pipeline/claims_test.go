package pipeline

import "testing"

// TestLikenedToWrong: likening or comparing an act to a name of wrongdoing
// ("state terrorism", "an act of piracy") accuses its doer (112), to a word
// of disapproval ("a witch hunt") criticises it (111), aimed as a judgement
// of a deed is: at who did the act of that kind told before. Likening what
// is no wrong, or a likeness no one draws, is none.
func TestLikenedToWrong(t *testing.T) {
	const arrest = "Georgian police detained four Russian officers on Wednesday. "
	testLexRows(t, []lexRow{
		{"likened the arrests to terrorism", d, arrest + "Putin likened the arrests to state terrorism.", "112", "RUSGOV>GEOGOV", ""},
		{"likens, present, report after", d, arrest + "Moscow likens the arrests to state terrorism, the Kremlin said.", "112", "RUSGOV>GEOGOV", ""},
		{"has likened, to a witch hunt", d, "Thai police arrested three opposition leaders on Monday. The opposition has likened the arrests to a witch hunt.", "111", "OPP>THAGOV", ""},
		{"compared the seizure to piracy", d, "Iranian guards seized a British tanker in the Gulf. Britain compared the seizure to an act of piracy.", "112", "GBR>IRNGOV", ""},
		{"compared with an invasion", d, "Turkish troops attacked Kurdish fighters in northern Syria on Sunday. Damascus compared the attack with an invasion.", "112", "SYRGOV>TURGOV", ""},
		{"a name of praise: no accusation", d, arrest + "Putin likened the arrests to a family quarrel.", "11", "", ""},
		{"likened no act: no accusation", d, "The minister likened the economy to a ship in a storm.", "11", "", ""},
		{"did not liken: no accusation", d, arrest + "Putin did not liken the arrests to terrorism.", "112", "", ""},
	})
}

// TestDeedMetWithForce: a deed its target's side foretells will be met
// with force or a response ("any punishment would be met with war") is a
// threat (130), aimed, as a deed said to be answered is, at whoever last
// acted against the speaker; a response with force foretold by its own
// side is a threat of force aimed the same way. Told as done, denied, or
// foretold with no one acting before, no one is its target.
func TestDeedMetWithForce(t *testing.T) {
	const cut = "South Korea imposed sanctions on North Korea on Monday. "
	const hit = "Azerbaijani troops shelled Armenian villages on Monday. "
	testLexRows(t, []lexRow{
		{"punishment would be met with war", d, cut + "The North warned that any punishment would be met with all-out war.", "130", "PRK>KOR", ""},
		{"such steps will be met with a response, present", d, cut + "Pyongyang says such steps will be met with a firm response.", "130", "PRKGOV>KOR", ""},
		{"aggression would be met with force, report after", d, hit + "Any further aggression would be met with force, the Armenian defence ministry said.", "130", "ARMGOV>AZEMIL", ""},
		{"the measures would be met with countermeasures", d, "Britain expelled 23 Russian diplomats on Wednesday. The Russian embassy said the measures would be met with countermeasures.", "130", "RUSGOV>GBR", ""},
		{"was met with force, told as done: no threat", d, cut + "The North said the move was met with force.", "130", "", ""},
		{"would not be met with force: no threat", d, cut + "The North said the sanctions would not be met with force.", "130", "", ""},
		{"a proposal met with approval: no threat", d, "The minister said the proposal would be met with approval.", "13", "", ""},
		{"met with reporters: no threat", d, cut + "The North Korean envoy met with reporters on Tuesday.", "13", "", ""},
		{"would respond with force, after shelling", d, hit + "Armenia warned that it would respond with force.", "13", "ARM>AZEMIL", ""},
		{"will respond with force to any attack", d, hit + "Yerevan said Armenia will respond with military force to any new attack.", "13", "ARM>AZEMIL", ""},
		{"responded with words: no force", d, hit + "Armenia responded with a statement.", "13", "", ""},
	})
}

// TestCovertConductSaid: conduct a statement tells of that wrongs a state
// (running a spy network, spying for another, a promise not kept,
// inspectors obstructed) accuses its doer (112), as the conduct lines do;
// said by no one, denied, or kept, it is none.
func TestCovertConductSaid(t *testing.T) {
	testLexRows(t, []lexRow{
		{"said the officers had run a spy ring", d, "Georgia's interior minister said two Russian soldiers had run a spy ring.", "112", "GEOGOV>RUSMIL", ""},
		{"police say ran a network of agents, present", d, "Turkish police say the diplomats ran a network of agents inside the army.", "112", "TURCOP>GOV", ""},
		{"said had spied for a capital", d, "Officials in Tallinn said two Russian soldiers had spied on the base.", "112", "ESTGOV>RUSMIL", ""},
		{"told the council a promise was not kept", d, "The chief U.N. inspector told the Security Council that Iraq had not kept its promise.", "112", "IGOUNO>IRQ", ""},
		{"said had obstructed the inspectors", d, "Britain said Syria had obstructed the inspectors.", "112", "GBR>SYR", ""},
		{"blocked inspections, report after", d, "Iran blocked the inspections, the IAEA said.", "112", "IGOUNO>IRN", ""},
		{"said by no one: no accusation", d, "The Russian officers had run a spy ring.", "112", "", ""},
		{"kept its promise: no accusation", d, "The inspector said Iraq had kept its promise.", "112", "", ""},
		{"denied spying: no accusation", d, "The ministry said the officers had not spied on anyone.", "112", "", ""},
		{"ran a network of clinics: no accusation", d, "Officials said the charity had run a network of clinics.", "112", "", ""},
		{"neutral claim: no accusation", d, "Police said the victims had been taken to hospital.", "11", "", ""},
		{"talks went well: no accusation", d, "Officials said the talks had gone well.", "11", "", ""},
	})
}

// TestJudgedDeedNamedDoer: a judged act ("the raids", "the bombardment") is
// aimed at who did it as the story names them, never at the unidentified
// attackers of a toll told after a named force ("25 civilians had been
// killed"); an act done by doers joined by "and" is aimed at the first
// named. With no one named, the unidentified attackers stay the doers.
func TestJudgedDeedNamedDoer(t *testing.T) {
	testLexRows(t, []lexRow{
		{"raids, after a toll", d, "American and British warships fired missiles at Baghdad overnight. Iraqi officials said 25 civilians had been killed. Iraq called the raids a cowardly aggression.", "112", "IRQ>USAGOV", ""},
		{"air strikes, after a toll", d, "Israeli jets bombed targets in Gaza on Monday. Palestinian officials said 12 people had been killed in the city. Hamas called the air strikes a war crime.", "112", "PSEREB>ISRGOV", ""},
		{"condemned the bombardment, joint doers", d, "Russian and Syrian warplanes bombed Idlib on Sunday. At least 30 civilians were killed. Turkey condemned the bombardment.", "111", "TUR>RUSGOV", ""},
		{"denounced the shelling, toll in between, present", d, "Azerbaijani troops shelled Armenian villages on Monday. Two villagers were killed in the shelling. Armenia denounces the shelling as aggression.", "11", "ARM>AZEGOV", ""},
		{"no one named: the gunmen stay", d, "Gunmen killed 12 people in Kano on Monday. Nigeria condemned the killings.", "111", "NGA>UAF", ""},
		{"no act told: no target", d, "Iraq called the raids a cowardly aggression.", "112", "IRQ>", ""},
		{"an act of state terrorism", d, "Israeli commandos stormed the aid ship on Monday. Turkey called the raid an act of state terrorism.", "112", "TUR>ISRMIL", ""},
	})
}

// TestOppositionClaims: a party of the country an act of conflict fell on
// (its opposition, a party, its legislature, as its government or army)
// that says another country's forces did it accuses them (112), and the
// act is aimed at its country, with the report before or after; said of an
// act of cooperation, or by a speaker of no country, it accuses no one.
// Said of its own country's forces acting on its own side, it is a claim
// at home (TestClaimAtHome).
func TestOppositionClaims(t *testing.T) {
	testLexRows(t, []lexRow{
		{"opposition said troops had moved in", d, "Members of the Lebanese opposition said Syrian troops had moved into new positions near Beirut.", "112", "LBNOPP>SYRMIL", ""},
		{"party says soldiers attacked, present", d, "Venezuela's ruling party says Colombian soldiers attacked a border post on Sunday.", "112", "VENPTY>COLMIL", ""},
		{"lawmakers said jets had bombed villages", d, "Armenian lawmakers said Azerbaijani jets had bombed villages near the border.", "112", "ARMLEG>AZEMIL", ""},
		{"the act is aimed at the speaker's country", d, "Members of the Lebanese opposition said Syrian troops had moved into new positions near Beirut.", "154", "SYRMIL>LBN", ""},
		{"with a speaker of another side: only the victim's side accuses", d, "Members of the Lebanese opposition and French diplomats said Syrian troops had moved into new positions near Beirut.", "112", "LBNOPP>SYRMIL", ""},
		{"own country's forces on the speaker's side: an accusation at home (TestClaimAtHome)", d, "The Kenyan opposition said Kenyan police had attacked protesters.", "112", "KENOPP>KENCOP", ""},
		{"withdrawal told: no accusation", d, "The Lebanese opposition said Syrian troops had withdrawn from Beirut.", "112", "", ""},
		{"no country: no accusation", d, "Witnesses said soldiers had opened fire on the crowd.", "112", "", ""},
		{"report at the end", d, "Syrian troops moved into new positions near Beirut, the Lebanese opposition said.", "112", "LBNOPP>SYRMIL", ""},
	})
}

// TestFindingsRejected: an inquiry's findings or conclusions are something
// said, as remarks are: rejected or dismissed with no maker named, also
// with what the answer calls them ("as a fabrication"), they answer the
// story's last speaker; findings by a named maker answer the maker, and
// with no one who spoke before there is no target.
func TestFindingsRejected(t *testing.T) {
	const warn = "South Korea warned North Korea on Monday. "
	testLexRows(t, []lexRow{
		{"rejected the findings as a fabrication", d, warn + "The North rejected the findings as a fabrication.", "12", "PRK>KOR", ""},
		{"rejects the conclusions, present", d, warn + "Pyongyang rejects the conclusions.", "12", "PRKGOV>KOR", ""},
		{"rejected the remarks as baseless", d, "Greece's prime minister criticised Turkey on Monday. Turkey's foreign ministry rejected the remarks as baseless.", "12", "TURGOV>GRCGOV", ""},
		{"has rejected these findings", d, "Britain accused Russia of the poisoning on Monday. Moscow has rejected these findings.", "12", "RUSGOV>GBR", ""},
		{"findings of a named maker: the maker", d, warn + "The North rejected the findings of the United Nations.", "12", "PRK>IGOUNO", ""},
		{"no one spoke before: no target", d, "North Korea rejected the findings as a fabrication.", "12", "PRK>", ""},
		{"rejected a proposal: no answer to the last speaker, but the story's counterpart", d, warn + "The North rejected a proposal for talks.", "12", "PRK>KORGOV", ""},
	})
}

// TestDemandedDeedStop: a demand or an appeal that an act named by its
// event noun or a general noun of deeds stop, end or be undone ("demanded
// that the bombing stop", "called for the decision to be reversed") is
// asked of its doer, found as a judgement of the deed finds it (a state's
// forces through their state: TestForcesAskedToStop); with no
// such act told before it is asked of no one; talks told before are
// asked of their first party.
func TestDemandedDeedStop(t *testing.T) {
	testLexRows(t, []lexRow{
		{"demanded that the bombing stop", d, "American warplanes bombed Baghdad on Monday. Yeltsin demanded that the bombing stop at once.", "10", "RUSGOV>USAGOV", ""},
		{"demands that the raids end, present", d, "Russian jets bombed Idlib on Sunday. Turkey demands that the raids end.", "10", "TUR>RUSGOV", ""},
		{"demanded that the decision be reversed", d, "Britain expelled 23 Russian diplomats. Moscow demanded that the decision be reversed.", "10", "RUSGOV>GBR", ""},
		{"shelling: the doer of the same act", d, "Israeli troops shelled Gaza on Monday. Egypt demanded that the shelling stop.", "10", "EGY>ISRGOV", ""},
		{"no act told: no target", d, "Egypt demanded that the shelling stop.", "10", "EGY>", ""},
		{"talks to resume: asked of their parties", d, "Kenya and Somalia held talks on Monday. Ethiopia demanded that the talks resume.", "10", "ETH>KEN", ""},
		{"appealed for the fighting to stop, nothing told: no target", d, "The pope appealed for the fighting to stop.", "02", "REL>", ""},
	})
}

// TestWarnedAtTheEnd: "..., he warned" is a statement of what it warns, as
// "..., he said" is: a fate held out to a party ("They will pay a heavy
// price, he warned") or a deed foretold to be met with force is the
// warner's threat; told as done, or of no fate, it is a plain warning
// (012, left out by default).
func TestWarnedAtTheEnd(t *testing.T) {
	const raid = "Rebels attacked a police post in the north. "
	testLexRows(t, []lexRow{
		{"they will pay a heavy price, he warned", d, raid + "They will pay a heavy price, the president warned.", "130", "GOV>REB", ""},
		{"would face the consequences, the army warned", d, "Israel will face the consequences, Iran's army warned on Sunday.", "130", "IRNMIL>ISR", ""},
		{"will regret it, warns, present", d, "Washington will regret its decision, North Korea warns.", "130", "PRK>USAGOV", ""},
		{"met with force, warned at the end", d, "South Korea imposed sanctions on North Korea. Any punishment would be met with force, North Korea's army warned.", "130", "PRKMIL>KOR", ""},
		{"paid, told as done: no threat", d, raid + "The rebels paid a heavy price, the president warned.", "130", "", ""},
		{"would not pay: no threat", d, raid + "The rebels would not pay any price, the president warned.", "130", "", ""},
		{"a forecast warned: no threat", d, "The talks will resume on Monday, the minister warned.", "13", "", ""},
	})
}

// TestInquiryFindsDoer: an inquiry (an event noun of root 09) whose finding
// names a party that did something ("an EU investigation found that Turkish
// intelligence had bugged") is an inquiry into that party; a finding that
// names no actor, a denied one, or one about the inquirers' own side,
// names no target.
func TestInquiryFindsDoer(t *testing.T) {
	testLexRows(t, []lexRow{
		{"investigation had found, report after", d, "An earlier EU investigation had found that Turkish intelligence had bugged several offices, an official said.", "09", "IGOEUR>TURSPY", ""},
		{"inquiry concluded that forces had fired", d, "A UN inquiry concluded that Israeli forces had fired on the convoy.", "09", "IGOUNO>ISRMIL", ""},
		{"investigation by a group found", d, "An investigation by Human Rights Watch found that Ethiopian troops had killed civilians.", "09", "NGO>ETHMIL", ""},
		{"investigation shows, present", d, "A European Union investigation shows that Chinese firms dumped steel in Europe.", "09", "IGOEUR>CHNBUS", ""},
		{"no actor found: no target", d, "The UN investigation found that no one was to blame.", "09", "IGOUNO>", ""},
		{"did not find: no target", d, "A UN inquiry did not find that Israeli forces had fired on the convoy.", "09", "", ""},
		{"its own side: no target", d, "A UN investigation found that UN peacekeepers had abused civilians.", "09", "IGOUNO>", ""},
	})
}

// TestProvokedSaid: a party said to have provoked, sparked or triggered an act of conflict is blamed for it (112), active or passive,
// as one said to have orchestrated it is; a cause that is no actor, an act
// that is no conflict, or blame said by no one, is none.
func TestProvokedSaid(t *testing.T) {
	testLexRows(t, []lexRow{
		{"said troops had provoked the clash", d, "India said Chinese troops had provoked the clash.", "112", "IND>CHNMIL", ""},
		{"clash provoked by troops, passive", d, "India said the clash was provoked by Chinese troops.", "112", "IND>CHNMIL", ""},
		{"says agents sparked the riots, present", d, "Kyiv says Russian agents sparked the riots.", "112", "UKRGOV>RUSSPY", ""}, // a state's agents are its secret agents (spies_test.go)
		{"triggered the fighting, report after", d, "Rebel commanders triggered the fighting, the Sudanese army said.", "112", "SDNMIL>SDNREB", ""},
		{"triggered by the rebels, passive", d, "The government said the clashes were triggered by the rebels.", "112", "GOV>REB", ""},
		{"caused a country to act: no blame", d, "Officials said the attacks caused Tunisia to close its border with Libya.", "112", "", ""},
		{"a storm as cause: no accusation", d, "The storm caused the damage, officials said.", "112", "", ""},
		{"a decision sparked protests: no accusation", d, "Analysts said the decision sparked protests.", "112", "", ""},
		{"said by no one: no accusation", d, "Chinese troops provoked the clash.", "112", "", ""},
		{"denied: no accusation", d, "India said Chinese troops had not provoked the clash.", "112", "", ""},
	})
}

// TestDeniedHarmClaimsNothing: a claim that another did no harm ("said
// Azerbaijani troops had not opened fire", "had not orchestrated the
// attack") accuses no one; the act is told as negated.
func TestDeniedHarmClaimsNothing(t *testing.T) {
	testLexRows(t, []lexRow{
		{"said troops had opened fire: an accusation", d, "Armenia said Azerbaijani troops had opened fire.", "112", "ARM>AZEMIL", ""},
		{"said troops had not opened fire", d, "Armenia said Azerbaijani troops had not opened fire.", "112", "", ""},
		{"claimed they had never attacked", d, "Armenia claimed that Azerbaijani troops had never attacked the village.", "112", "", ""},
		{"says did not shell, present", d, "Kyiv says Russian forces did not shell the plant on Monday.", "112", "", ""},
		{"said had not orchestrated the attack", d, "India said Pakistani intelligence had not orchestrated the attack.", "112", "", ""},
		{"said had not provoked the clash", d, "India said Chinese troops had not provoked the clash.", "112", "", ""},
		{"not negated: the meddling said", d, "Lebanon said Syria was meddling in its affairs.", "112", "LBN>SYR", ""},
	})
}
