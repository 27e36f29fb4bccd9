package pipeline

import (
	"testing"
	"time"

	"dateline"
)

// TestModalityRoots sweeps modality across every CAMEO root with sentences
// written for it from the conventions (README, "Modality and reported
// speech") before any output was read: each row holds a real event word in
// a frame that says it did not happen (negation, denial, refusal, failure,
// cancellation), has not happened yet (will, plans to, is due to, vowed
// to), may happen (if, unless, could, may have, was believed to, rumours,
// whether) or is someone's charge (accused of, alleged, claimed), and
// beside them the real ones such frames must not swallow ("did not
// hesitate to attack", "after talks that did not produce a deal"). A row
// reads as modalityMiss reads the modality sweep's: with want "", no event
// of its code is asserted and any there is has mod; else an event of its
// code with its dyad has mod. A cancelled act is coded as not done
// (negated) or not at all; a refusal's act is negated; a forecast ("is
// expected to") is hypothetical. The test counts: it fails only when fewer
// rows pass than the floor.
func TestModalityRoots(t *testing.T) {
	c := newCoder(t)
	c.Statements = true
	c.All = true
	ref, err := time.Parse(time.DateOnly, sweepDate)
	if err != nil {
		t.Fatal(err)
	}
	pass := 0
	for _, tt := range modalityRoots {
		events := codeText(t, c, tt.text, ref)
		if msg := modalityMiss(events, tt); msg != "" {
			t.Logf("%s: %s", tt.name, msg)
			continue
		}
		pass++
	}
	t.Logf("modality roots: %d of %d rows pass", pass, len(modalityRoots))
	if pass < modalityRootsFloor {
		t.Errorf("modality roots: %d of %d rows pass, want at least %d", pass, len(modalityRoots), modalityRootsFloor)
	}
}

// modalityRootsFloor is the number of modality roots rows that must pass.
const modalityRootsFloor = 344

const alleged = dateline.Alleged

var modalityRoots = []modalityRow{
	// 01 statements
	{"01 neg: did not comment", "The Kremlin did not comment on the report about the missing journalist on Tuesday.", "010|012|013", "", negated},
	{"01 refuse: refused to comment", "The Egyptian foreign ministry refused to comment on reports of a prisoner swap with Qatar.", "010", "", negated},
	{"01 future: will address", "The Iranian president will address the United Nations General Assembly next week.", "010", "", future},
	{"01 real: said the talks were useful", "The Turkish foreign minister said on Monday that the talks with Greece had been useful.", "013|010", "TUR", asserted},
	{"015 real: admitted responsibility", "The Israeli army admitted responsibility on Friday for the strike that killed seven aid workers in Gaza.", "015", "ISR", asserted},
	{"015 neg: did not claim responsibility", "No group has claimed responsibility for the bombing of the market in Kabul.", "015", "", negated},
	{"016 real: denied involvement", "Rwanda denied any involvement in the attack on the Congolese army base near Goma on Sunday.", "016", "RWA", asserted},
	{"018 neg: did not express support", "The Chinese government did not express support for the peace plan put forward by Kyiv.", "018|051|05", "", negated},
	{"01 hypo: could announce", "The Japanese prime minister could announce a new defence policy as early as Friday.", "010", "", hypo},
	{"014 future: will review policy", "The Australian government plans to review its policy on foreign ownership of ports next year.", "014", "", future},

	// 02 appeals
	{"02 real: urged talks", "Pope Francis urged Israel and the Palestinians on Sunday to return to peace talks.", "02", ">ISR", asserted},
	{"02 neg: did not call for ceasefire", "The American envoy did not call for a ceasefire during her visit to Khartoum, diplomats said.", "02", "", negated},
	{"02 refuse: refused to appeal", "The Hungarian prime minister refused to appeal to Russia to end the war, his spokesman said.", "02", "", negated},
	{"02 future: will ask for aid", "Sri Lanka will ask the International Monetary Fund for emergency funding next month, the finance minister said.", "02", "", future},
	{"02 hypo: could seek help", "Pakistan could seek financial help from China if the IMF talks collapse, a finance ministry official said.", "02", "", hypo},
	{"02 cond: would request unless", "The Somali government would request more African Union troops unless the security situation improved, a minister said.", "02", "", hypo},
	{"02 real: appealed for aid", "Malawi appealed for international food aid on Thursday after floods destroyed crops in the south.", "02", "MWI", asserted},
	{"02 question: whether it asked", "It was not known whether Venezuela had asked Russia for military help.", "02", "", hypo},
	{"02 alleged: accused of seeking", "Armenia accused Azerbaijan of seeking Turkish military support for an offensive.", "02", "", alleged},
	{"02 real: called on, with before", "Before the vote, the United States called on Ethiopia to lift the blockade of Tigray.", "02", "USA>ETH", asserted},

	// 03 intent to cooperate
	{"03 real: pledged to cooperate", "Kenya and Ethiopia pledged on Monday to cooperate more closely on border security.", "03", "KEN>ETH", asserted},
	{"03 neg: did not promise", "Germany did not promise to supply tanks to Ukraine at the meeting in Ramstein, officials said.", "03", "", negated},
	{"03 refuse: refused to pledge", "Brazil refused to pledge any new money for the climate fund at the conference.", "03", "", negated},
	{"03 hypo: could offer", "China could offer to mediate between Saudi Arabia and Iran, analysts said.", "03", "", hypo},
	{"03 real: offered to mediate", "Qatar offered on Wednesday to mediate between Sudan's warring generals.", "03", "QAT", asserted},
	{"03 neg: has never offered", "Russia has never offered to return the children taken from occupied areas, Ukrainian officials said.", "03", "", negated},
	{"03 real: vowed to cooperate", "Indonesia vowed on Friday to cooperate with Malaysia in fighting piracy in the Strait of Malacca.", "03", "IDN>MYS", asserted},
	{"03 cond: would promise if", "Syria would promise to curb drug smuggling if Jordan reopened the border crossing, a Syrian official said.", "03", "", hypo},

	// 04 consult
	{"04 neg: did not meet", "The Greek and Turkish leaders did not meet at the NATO summit in Vilnius, officials said.", "04", "", negated},
	{"04 neg: never met", "The Sudanese army chief never met the paramilitary leader during the Jeddah talks, a mediator said.", "04", "", negated},
	{"04 neg: no talks were held", "No talks were held between Serbia and Kosovo in Brussels on Thursday, the EU envoy said.", "04", "", negated},
	{"04 neg: has not visited", "The Chinese president has not visited Ukraine since the start of the war.", "04", "", negated},
	{"04 neg: no meeting took place", "No meeting took place between the Venezuelan government and the opposition in Mexico City this week.", "04", "", negated},
	{"04 refuse: refused to meet", "The Israeli prime minister refused to meet the Palestinian president in Cairo, an aide said.", "04", "", negated},
	{"04 refuse: refused to attend", "Russia refused to attend the peace conference in Switzerland, the Swiss foreign ministry said.", "04", "", negated},
	{"04 refuse: declined invitation to visit", "The Indian prime minister declined to visit Pakistan for the regional summit, officials in New Delhi said.", "04", "", negated},
	{"04 fail: failed to meet", "Negotiators from Armenia and Azerbaijan failed to meet as planned in Washington on Monday.", "04", "", negated},
	{"04 cancel: called off visit", "The French president called off a visit to Algeria scheduled for next week, the Elysee said.", "04", "", negated},
	{"04 cancel: postponed talks", "Ethiopia and Egypt postponed talks on the Nile dam planned for Sunday in Addis Ababa.", "04", "", negated},
	{"04 cancel: cancelled visit", "The German chancellor cancelled her visit to India after a row over trade, Berlin said.", "04", "", negated},
	{"04 cancel: summit scrapped", "The planned summit between the two Koreas was scrapped on Thursday after a missile test.", "04", "", negated},
	{"04 cancel: meeting was called off", "A meeting between the Libyan rival leaders in Geneva was called off at the last minute.", "04", "", negated},
	{"04 cancel: trip postponed", "The Japanese prime minister's trip to Seoul has been postponed because of the election, officials said.", "04", "", negated},
	{"04 future: will visit, act", "The Brazilian president will visit China next month to meet President Xi, officials said.", "04", "", future},
	{"04 future: is due to meet", "The UN envoy is due to meet the Yemeni president in Riyadh on Thursday.", "04", "", future},
	{"04 future: plans to meet", "The Turkish president plans to meet the Russian president in Sochi next week.", "04", "", future},
	{"04 future: is expected to meet", "The US secretary of state is expected to meet his Chinese counterpart in Jakarta next week.", "04", "", hypo},
	{"04 future: will hold talks next week", "Israel and Lebanon will hold talks on their maritime border next week, a US official said.", "04", "", future},
	{"04 future: talks are scheduled", "Talks between Kosovo and Serbia are scheduled to resume in Brussels next month.", "04", "", future},
	{"04 cond: would meet if", "The Ukrainian president would meet the Russian president if a ceasefire was agreed, his adviser said.", "04", "", hypo},
	{"04 cond: unless", "The Iranian foreign minister will not meet his Saudi counterpart unless Riyadh changes its stance, Iranian media said.", "04", "", negated},
	{"04 hypo: could meet", "The leaders of India and China could meet on the sidelines of the BRICS summit, officials said.", "04", "", hypo},
	{"04 hypo: may have met", "Russian intelligence officers may have met the Wagner chief in Minsk before his death, a report said.", "04", "", hypo},
	{"04 hypo: was believed to have met", "The Hamas leader was believed to have met Iranian officials in Beirut last month.", "04", "", hypo},
	{"04 hypo: rumours of a meeting", "Rumours that the Saudi crown prince had met Israeli officials spread on social media on Monday.", "04", "", hypo},
	{"04 question: whether they would meet", "It remained unclear whether the two presidents would meet during the summit in Bali.", "04", "", hypo},
	{"04 question: asked whether he had met", "Reporters asked the minister whether he had met the Taliban envoy in Doha.", "04", "", hypo},
	{"04 denial: denied meeting", "The Pakistani army denied that its chief had met the Afghan Taliban leader in Kandahar.", "04", "", negated},
	{"04 denial: rejected reports of talks", "The Iranian foreign ministry rejected reports that it had held secret talks with Washington in Oman.", "04", "", negated},
	{"04 alleged: accused of meeting", "The Georgian government accused opposition leaders of meeting Russian agents in Istanbul.", "04", "", alleged},
	{"04 real: met after failing", "The Serbian and Kosovo leaders met in Brussels on Tuesday after talks last month failed to produce a deal.", "04", "SRB>", asserted},
	{"04 real: talks that did not produce a deal", "The American and Russian envoys held talks in Geneva on Monday that did not produce a deal.", "04", "USA>RUS", asserted},
	{"04 real: held talks despite refusing", "The Sudanese army held talks with the paramilitary forces in Jeddah on Saturday despite earlier threats to boycott them.", "04", "SDN", asserted},
	{"04 real: visited", "The Indian prime minister visited Moscow on Monday for talks with the Russian president.", "04", "IND>RUS", asserted},
	{"04 real: did not hesitate to visit", "The French president did not hesitate to visit Kyiv during the air raids, his aides said.", "04", "FRA>UKR", asserted},
	{"04 real: met despite not agreeing", "The Chinese and American defence ministers met in Singapore on Friday but did not agree on Taiwan.", "04", "CHN>USA", asserted},
	{"04 real: reportedly met", "The Saudi foreign minister reportedly met the Syrian president in Damascus on Tuesday, state media said.", "04", "SAU>SYR", asserted},
	{"04 real: hosted talks", "Turkey hosted talks between Russian and Ukrainian negotiators in Istanbul on Tuesday.", "04", "TUR", asserted},
	{"04 neg: has never hosted", "Egypt has never hosted talks between Israel and Iran, an Egyptian official said.", "04", "", negated},
	{"04 hypo: might host", "Norway might host talks between Colombia and the ELN rebels later this year.", "04", "", hypo},

	// 05 diplomatic cooperation
	{"05 neg: did not sign", "Russia and Ukraine did not sign the grain deal in Istanbul on Friday, officials said.", "05", "", negated},
	{"05 refuse: refused to sign", "Colombia refused to sign the regional declaration on Venezuela, the Colombian foreign minister said.", "05", "", negated},
	{"05 fail: failed to sign", "Israel and Lebanon failed to sign the maritime border agreement before the election in Israel.", "05", "", negated},
	{"05 cancel: signing postponed", "The signing of the peace deal between Sudan and the rebels was postponed on Monday.", "05", "", negated},
	{"05 future: will sign", "Japan and the Philippines will sign a defence pact next month, officials in Manila said.", "05", "", future},
	{"05 future: plans to recognise", "Norway plans to recognise a Palestinian state by the end of May, the Norwegian prime minister said.", "05", "", future},
	{"05 cond: would recognise if", "Spain would recognise Kosovo if Serbia agreed to it, the Spanish foreign minister said.", "05", "", hypo},
	{"05 hypo: could sign", "The two countries could sign a free trade agreement within weeks, diplomats said.", "05", "", hypo},
	{"05 question: whether would sign", "It was unclear whether Saudi Arabia would sign a normalisation deal with Israel this year.", "05", "", hypo},
	{"05 real: signed", "Egypt and Sudan signed a military cooperation agreement in Khartoum on Tuesday.", "05|06", "EGY>SDN", asserted},
	{"05 real: praised", "The German chancellor praised Poland on Monday for taking in Ukrainian refugees.", "051", "DEU>POL", asserted},
	{"05 neg: did not praise", "The American president did not praise the Saudi crown prince during the visit, aides said.", "051", "", negated},
	{"05 real: recognised", "Barbados recognised the State of Palestine on Friday, the Palestinian foreign ministry said.", "05", "BRB", asserted},
	{"05 denial: denied signing", "The Malian junta denied that it had signed a deal with Russian mercenaries.", "05|06", "", negated},
	{"05 real: signed after months failing", "Armenia and Azerbaijan signed a peace declaration on Friday after months of talks that failed to end the dispute.", "05", "ARM>AZE", asserted},

	// 06 material cooperation
	{"06 neg: did not share intelligence", "The United States did not share intelligence with Pakistan before the raid, officials said.", "06", "", negated},
	{"06 refuse: refused to trade", "India refused to buy Russian oil above the price cap, the Indian oil minister said.", "06", "", negated},
	{"06 future: will hold joint exercises", "China and Russia will hold joint naval exercises in the Sea of Japan next month.", "06", "", future},
	{"06 cond: would cooperate if", "Iran would cooperate with the IAEA inspectors if sanctions were lifted, an Iranian official said.", "06", "", hypo},
	{"06 cond: a conditional offer is an intent", "Iran would cooperate with the IAEA inspectors if sanctions were lifted, an Iranian official said.", "03", "IRN", asserted},
	{"04 cond: would meet if, an offer", "The rebel commander said he would meet the government envoy if the army halted its offensive.", "03", ">", asserted},
	{"06 real: held joint exercises", "Chinese and Russian warships held joint exercises in the Sea of Japan on Tuesday.", "06", "CHN>RUS", asserted},
	{"06 hypo: may have sold", "North Korea may have sold artillery shells to Russia, South Korean intelligence said.", "06|07", "", hypo},
	{"06 alleged: accused of supplying", "Ukraine accused Belarus of supplying fuel to Russian troops near the border.", "06|07", "", alleged},
	{"06 cancel: exercise called off", "South Korea and the United States called off their joint military exercise planned for August.", "06", "", negated},
	{"06 question: whether would trade", "Analysts questioned whether Turkey would continue trading with Russia after the new sanctions.", "06", "", hypo},
	{"06 real: agreed and trained", "Kenyan and British soldiers trained together in Laikipia on Monday despite the lawsuit over the fire.", "06", "KEN>GBR", asserted},

	// 07 aid
	{"07 neg: did not send aid", "The government in Khartoum did not send any aid to the flooded villages in Darfur, residents said.", "07", "", negated},
	{"07 neg: no aid has reached", "No aid has reached the besieged city of El Fasher since May, the World Food Programme said.", "07", "", negated},
	{"07 refuse: refused to provide aid", "Hungary refused to provide military aid to Ukraine, the Hungarian foreign minister said.", "07", "", negated},
	{"07 fail: failed to deliver", "The United Nations failed to deliver food aid to northern Gaza on Sunday because of the fighting.", "07", "", negated},
	{"07 cancel: aid shipment cancelled", "Germany cancelled a shipment of weapons to Saudi Arabia after the killing of the journalist.", "07", "", negated},
	{"07 future: will send aid", "Japan will send emergency aid to Turkey after the earthquake, the foreign ministry said.", "07", "", future},
	{"07 future: plans to give", "The European Union plans to give 50 billion euros to Ukraine over four years.", "07", "", future},
	{"07 future: vowed to send", "The American president vowed to send more air defence systems to Ukraine.", "07", "", future},
	{"07 cond: would give aid if", "The IMF would give Egypt a new loan if Cairo floated its currency, officials said.", "07", "", hypo},
	{"07 cond: unless", "The United States will not give aid to Niger unless the junta sets a date for elections, a US official said.", "07", "", negated},
	{"07 hypo: could send", "Poland could send fighter jets to Ukraine later this year, the defence minister said.", "07", "", hypo},
	{"07 hypo: reportedly sent", "Iran reportedly sent hundreds of drones to Russia last month, American officials said.", "07", "IRN>RUS", asserted},
	{"07 alleged: accused of arming", "Ethiopia accused Egypt of arming rebels in the Amhara region.", "07", "", alleged},
	{"07 alleged: claimed that it sent", "Azerbaijan claimed that Iran had sent weapons to Armenia through the border crossing.", "07", "", alleged},
	{"07 denial: denied sending weapons", "Iran denied on Monday that it had sent drones to Russia for use in Ukraine.", "07", "", negated},
	{"07 question: whether will send", "It was not clear whether Germany would send long-range missiles to Ukraine.", "07", "", hypo},
	{"07 real: sent aid", "Turkey sent three planes of humanitarian aid to Libya on Wednesday after the floods in Derna.", "07", "TUR>LBY", asserted},
	{"07 real: sent despite not being asked", "Jordan sent a field hospital to Gaza on Tuesday, although Israel had not approved the move.", "07", "JOR", asserted},
	{"07 real: delivered after failing", "After two convoys failed to cross, the Red Cross delivered medicine to Mariupol on Friday.", "07", ">", asserted},
	{"07 real: granted asylum", "Ecuador granted asylum to the former Bolivian minister on Thursday.", "07", "ECU", asserted},
	{"07 neg: did not grant asylum", "Britain did not grant asylum to the Russian defector, a Home Office spokesman said.", "07", "", negated},

	// 08 yield
	{"08 neg: did not release", "Iran did not release the French aid worker on Sunday as had been expected, her family said.", "08", "", negated},
	{"08 neg: has not freed", "Hamas has not freed any of the remaining hostages since the truce ended.", "08", "", negated},
	{"08 refuse: refused to withdraw", "Russia refused to withdraw its troops from the Zaporizhzhia nuclear plant, the IAEA chief said.", "08", "", negated},
	{"08 refuse: balked at lifting", "The Israeli government balked at lifting the restrictions on aid entering Gaza.", "08", "", negated},
	{"08 fail: failed to withdraw", "Eritrean troops failed to withdraw from Tigray by the deadline set in the peace deal.", "08", "", negated},
	{"08 cancel: release postponed", "The release of the Palestinian prisoners was postponed by Israel on Saturday.", "08", "", negated},
	{"08 future: will release", "The Taliban will release the British hostages next week, a Qatari mediator said.", "08", "", future},
	{"08 future: plans to withdraw", "France plans to withdraw its troops from Niger by the end of the year.", "08", "", future},
	{"08 future: is expected to free", "Venezuela is expected to free the American prisoners as part of a swap.", "08", "", hypo},
	{"08 cond: would release if", "The rebels would release the kidnapped engineers if the army stopped its offensive, a rebel spokesman said.", "08", "", hypo},
	{"08 cond: unless", "Azerbaijan will not lift the blockade of the Lachin corridor unless Armenia hands over maps of minefields, Baku said.", "08", "", negated},
	{"08 hypo: may release", "North Korea may release the detained American soldier soon, officials in Seoul said.", "08", "", hypo},
	{"08 hypo: could withdraw", "Russian forces could withdraw from Kherson within days, a Ukrainian commander said.", "08", "", hypo},
	{"08 question: whether released", "It was not immediately clear whether the junta had released the former president.", "08", "", hypo},
	{"08 denial: denied releasing", "The Saudi government denied that it had released the activist from prison.", "08", "", negated},
	{"08 real: released", "Russia released an American basketball player on Thursday in exchange for an arms dealer.", "08", "RUS", asserted},
	{"08 real: withdrew", "Armenian troops withdrew from four villages on the border with Azerbaijan on Tuesday.", "08", "ARM", asserted},
	{"08 real: released after refusing", "After refusing for weeks, the Houthis released the crew of the seized ship on Wednesday.", "08", ">", asserted},
	{"08 real: lifted curfew", "The Sri Lankan government lifted the nationwide curfew on Monday morning.", "08", "LKA", asserted},
	{"08 real: ceasefire declared", "The Sudanese army declared a three-day ceasefire on Saturday for the Eid holiday.", "08", "SDN", asserted},
	{"08 neg: no ceasefire declared", "No ceasefire was declared in Sudan on Saturday despite the appeals by the African Union.", "08", "", negated},
	{"08 alleged: claimed it freed", "The rebels claimed that the army had freed militants captured in the raid.", "08", "", alleged},

	// 09 investigate
	{"09 neg: did not investigate", "The Nigerian police did not investigate the killing of the journalist, his family said.", "09", "", negated},
	{"09 refuse: refused to investigate", "Israel refused to investigate the killing of the journalist in Jenin, her family said.", "09", "", negated},
	{"09 future: will investigate", "The International Criminal Court will investigate war crimes in Sudan's Darfur region, the prosecutor said.", "09", "", future},
	{"09 cond: would investigate if", "The UN would investigate the attacks if the Security Council asked it to, a spokesman said.", "09", "", hypo},
	{"09 real: launched investigation", "The International Criminal Court launched an investigation into the killings in Darfur on Monday.", "09", ">", asserted},
	{"09 hypo: could investigate", "The European Commission could investigate the Hungarian government over its use of EU funds.", "09", "", hypo},
	{"09 cancel: probe dropped", "Prosecutors in Seoul dropped their investigation of the opposition leader on Friday.", "09", "", negated},
	{"09 question: whether it would investigate", "It was not clear whether the army would investigate the shooting of protesters in Lagos.", "09", "", hypo},

	// 10 demand
	{"10 real: demanded", "Poland demanded on Monday that Germany pay reparations for the Second World War.", "10", "POL>DEU", asserted},
	{"10 neg: did not demand", "The Chinese government did not demand the release of the detained executives, officials said.", "10", "", negated},
	{"10 future: will demand", "Ukraine will demand compensation from Russia at the peace conference, the foreign minister said.", "10", "", future},
	{"10 hypo: could demand", "Greece could demand the return of the Parthenon marbles from Britain again next year.", "10", "", hypo},
	{"10 cond: would demand if", "Kenya would demand an apology from Uganda if the reports were confirmed, officials said.", "10", "", hypo},
	{"10 refuse: refused to demand", "The Arab League refused to demand the withdrawal of Turkish troops from Syria.", "10", "", negated},
	{"10 real: demanded after not getting", "Ethiopia demanded an apology from Kenya on Friday after its envoy was not allowed to speak.", "10", "ETH>KEN", asserted},

	// 11 disapprove
	{"11 real: criticised", "The French president criticised Italy on Tuesday for its treatment of migrants at sea.", "11", "FRA>ITA", asserted},
	{"11 neg: did not criticise", "The Indian government did not criticise Russia over the invasion of Ukraine.", "11", "", negated},
	{"11 refuse: refused to condemn", "South Africa refused to condemn Russia's invasion of Ukraine at the United Nations.", "11", "", negated},
	{"11 future: will condemn", "The European Parliament will condemn the arrests in Georgia in a vote next week.", "11", "", future},
	{"11 hypo: could criticise", "The United States could criticise Israel over the settlements at the Security Council.", "11", "", hypo},
	{"11 real: accused", "Armenia accused Azerbaijan on Monday of shelling villages near the border.", "112", "ARM>AZE", asserted},
	{"11 real: accusation, act alleged", "Armenia accused Azerbaijan on Monday of shelling villages near the border.", "19", "AZE", alleged},
	{"11 neg: did not accuse", "The Kenyan government did not accuse Somalia of supporting the militants.", "112", "", negated},
	{"11 real: filed lawsuit", "South Africa filed a case at the International Court of Justice against Israel on Friday.", "115|11", "ZAF>ISR", asserted},
	{"11 future: will sue", "Mexico will sue American gun makers in a Boston court next month, the foreign minister said.", "115", "", future},
	{"11 refuse: declined to blame", "The Iraqi prime minister declined to blame Iran for the drone attack on his house.", "112", "", negated},

	// 12 reject
	{"12 real: rejected proposal", "Israel rejected on Tuesday a proposal by Hamas for a permanent ceasefire in Gaza.", "12", "ISR", asserted},
	{"12 neg: did not reject", "The Ukrainian president did not reject the Chinese peace plan outright, officials said.", "12", "", negated},
	{"12 future: will reject", "The Serbian parliament will reject the Western plan for Kosovo in a vote on Thursday.", "12", "", future},
	{"12 hypo: could veto", "Russia could veto the Security Council resolution on Syria, diplomats said.", "12", "", hypo},
	{"12 real: vetoed", "Russia vetoed a Security Council resolution on Syria on Tuesday.", "12", "RUS", asserted},
	{"12 real: refused to release", "The Chinese authorities refused to release the Australian journalist detained in Beijing.", "12", "CHN", asserted},
	{"12 real: cancelled visit is a refusal", "The Indian prime minister cancelled his visit to Malaysia after a dispute over palm oil.", "125|12", "IND", asserted},
	{"12 real: boycotted talks", "The Sudanese opposition boycotted the talks with the military in Khartoum on Sunday.", "12", "SDN", asserted},
	{"12 cond: would reject if", "The Palestinian Authority would reject the deal if it excluded East Jerusalem, a spokesman said.", "12", "", hypo},

	// 13 threaten
	{"13 real: threatened", "North Korea threatened on Tuesday to attack American bases in Guam.", "13", "PRK>USA", asserted},
	{"13 real: threat, act not done", "North Korea threatened on Tuesday to attack American bases in Guam.", "18|19|20", "", future},
	{"13 neg: did not threaten", "Beijing did not threaten Taiwan with force during the election, officials in Taipei said.", "13", "", negated},
	{"13 real: warned of sanctions", "The European Union warned Serbia on Monday that it would face sanctions if it did not recognise Kosovo's documents.", "13", "IGOEUR>SRB", asserted},
	{"13 alleged: accused of threatening", "Guyana accused Venezuela of threatening to seize the Essequibo region.", "13", "", alleged},
	{"13 hypo: may threaten", "Turkey may threaten to block Sweden's entry into NATO again, analysts said.", "13", "", hypo},
	{"13 real: will attack is a threat", "Israel will attack Iran's nuclear sites, the Israeli defence minister said on Monday.", "13", "ISR>IRN", asserted},
	{"13 real: attack not done", "Israel will attack Iran's nuclear sites, the Israeli defence minister said on Monday.", "18|19|20", "", future},

	// 14 protest
	{"14 real: protested", "Thousands of people protested in Tbilisi on Sunday against the foreign agents law.", "14", ">", asserted},
	{"14 neg: did not protest", "Students did not protest in Tehran on Sunday despite the calls by the opposition.", "14", "", negated},
	{"14 neg: no protests were held", "No protests were held in Havana on Sunday because of the heavy police presence.", "14", "", negated},
	{"14 cancel: called off strike", "Nigerian unions called off the general strike planned for Monday after talks with the government.", "14", "", negated},
	{"14 cancel: march was cancelled", "The opposition march in Kampala was cancelled after the police banned it.", "14", "", negated},
	{"14 future: will strike", "French rail workers will strike on Thursday against the pension reform, their unions said.", "14", "", future},
	{"14 future: plans to march", "The Kenyan opposition plans to march on parliament next week to protest against new taxes.", "14", "", future},
	{"14 future: vowed to protest", "Pakistani opposition supporters vowed to protest until the former prime minister was released.", "14", "", future},
	{"14 cond: would strike if", "Doctors in Kenya would strike if the government did not pay their wages, their union said.", "14", "", hypo},
	{"14 hypo: could protest", "Farmers could protest again in Brussels next month, their leaders said.", "14", "", hypo},
	{"14 real: went on strike", "Doctors in Nigeria went on strike on Monday over unpaid salaries.", "14", "NGA", asserted},
	{"14 real: rallied", "Tens of thousands of Israelis rallied in Tel Aviv on Saturday against the judicial overhaul.", "14", "ISR", asserted},
	{"14 real: protested after failing", "Workers protested outside the parliament in Athens on Tuesday after talks with the government failed to produce a deal.", "14", "GRC", asserted},
	{"14 real: hunger strike", "The jailed Iranian activist began a hunger strike on Monday, her family said.", "14", "IRN", asserted},
	{"14 question: whether would protest", "It was unclear whether the unions would strike again before the election.", "14", "", hypo},

	// 15 force posture
	{"15 real: deployed", "Russia deployed more troops to the border with Finland on Monday, the Finnish army said.", "15", "RUS", asserted},
	{"15 neg: did not deploy", "Turkey did not deploy troops to Libya last year, a Turkish official said.", "15", "", negated},
	{"15 refuse: refused to send troops", "Pakistan refused to send troops to Yemen to join the Saudi-led coalition.", "15", "", negated},
	{"15 cancel: exercise postponed", "The army postponed its exercises near the border with Lebanon because of the tension.", "15", "", negated},
	{"15 hypo: could deploy", "China could deploy warships near Taiwan after the election, analysts said.", "15", "", hypo},
	{"15 cond: would send troops if", "Russia would send troops to Belarus if NATO moved forces to Poland, a Russian general said.", "15", "", hypo},
	{"15 question: whether would deploy", "It was not clear whether the United States would deploy more troops to the Middle East.", "15", "", hypo},
	{"15 denial: denied deploying", "The Rwandan government denied that it had deployed troops in eastern Congo.", "15", "", negated},
	{"15 alleged: accused of massing", "Ukraine accused Russia of massing troops near Kharkiv.", "15", "", alleged},
	{"15 real: put on alert", "The Pakistani army put its air defences on high alert on Wednesday after the Indian strike.", "15", "PAK", asserted},

	// 16 reduce relations
	{"16 real: expelled", "Estonia expelled a Russian diplomat on Friday for interfering in its affairs.", "16", "EST>RUS", asserted},
	{"16 neg: did not expel", "Germany did not expel any Chinese diplomats after the spying arrests, a spokesman said.", "16", "", negated},
	{"16 neg: has never broken ties", "Egypt has never broken off relations with Israel since the peace treaty.", "16", "", negated},
	{"16 refuse: refused to cut ties", "Turkey refused to cut ties with Israel despite the war in Gaza, the trade minister said.", "16", "", negated},
	{"16 refuse: balked at sanctions", "Hungary balked at imposing sanctions on the Russian patriarch.", "16", "", negated},
	{"16 cond: would cut ties if", "Argentina would break relations with Iran if it protected the suspects, the foreign minister said.", "16", "", hypo},
	{"16 hypo: could sanction", "The United States could sanction Chinese banks that help Russia, officials said.", "16", "", hypo},
	{"16 hypo: considering expelling", "The Czech government is considering expelling more Russian diplomats.", "16", "", hypo},
	{"16 question: whether would expel", "It was unclear whether Britain would expel the Chinese ambassador over the hacking.", "16", "", hypo},
	{"16 denial: denied cutting aid", "Washington denied that it had cut aid to the Palestinian Authority.", "16", "", negated},
	{"16 real: cut ties after failing", "Niger cut military ties with the United States on Saturday after talks in Niamey failed to settle the dispute.", "16", "NER>USA", asserted},
	{"16 real: suspended aid", "The World Bank suspended aid to Uganda on Tuesday over its anti-gay law.", "16", ">UGA", asserted},
	{"16 alleged: claimed that they halted", "Pyongyang claimed that Seoul had halted all trade with the North.", "16", "", alleged},

	// 17 coerce
	{"17 real: arrested", "Police in Istanbul arrested 40 protesters on Sunday during a march against the government.", "17", "TUR", asserted},
	{"17 neg: did not arrest", "The police in Dhaka did not arrest any opposition leaders on Saturday, a spokesman said.", "17", "", negated},
	{"17 neg: no one was arrested", "No one was arrested after the clashes in the centre of Belgrade, the police said.", "17", "", negated},
	{"17 refuse: refused to arrest", "The South African government refused to arrest the Sudanese president during his visit.", "17", "", negated},
	{"17 fail: failed to arrest", "Police in Manila failed to arrest the fugitive preacher in a raid on his compound.", "17", "", negated},
	{"17 future: will arrest", "Pakistani police will arrest the former prime minister on Tuesday, the interior minister said.", "17", "PAK", asserted},
	{"17 cond: would arrest if", "The police would arrest the opposition leader if he returned to the country, officials said.", "17", "", hypo},
	{"17 hypo: could arrest", "The Georgian authorities could arrest the former president as soon as he arrives.", "17", "", hypo},
	{"17 hypo: may have detained", "Chinese police may have detained the activist in Guangzhou last week, his lawyer said.", "17", "", hypo},
	{"17 hypo: believed to be detained", "The journalist was believed to have been detained by the security services in Minsk.", "17", "", hypo},
	{"17 question: whether arrested", "It was not clear whether the Iranian police had arrested the rapper.", "17", "", hypo},
	{"17 denial: denied detaining", "The Egyptian interior ministry denied that it had detained the Italian student.", "17", "", negated},
	{"17 alleged: accused of torturing", "Amnesty International accused the Eritrean army of torturing detainees in Tigray.", "17|18", "", alleged},
	{"17 alleged: alleged that police beat", "The opposition alleged that police had beaten its supporters in Harare.", "17|18", "", alleged},
	{"17 real: raided", "Indian tax officials raided the BBC's offices in New Delhi on Tuesday.", "17", "IND", asserted},
	{"17 real: arrested after not appearing", "Police in Lima arrested the former president on Wednesday after he did not appear in court.", "17", "PER", asserted},
	{"17 real: did not hesitate to arrest", "The Belarusian police did not hesitate to arrest protesters in Minsk on Sunday.", "17", "BLR", asserted},
	{"17 real: reportedly detained", "Iranian authorities reportedly detained a French tourist in Tehran last month.", "17", "IRN", asserted},

	// 18 assault
	{"18 real: kidnapped", "Gunmen kidnapped 20 students from a school in northern Nigeria on Friday.", "18", ">", asserted},
	{"18 neg: did not kidnap", "The rebels did not kidnap the aid workers, a spokesman for the group said.", "18", "", negated},
	{"18 denial: denied kidnapping", "The Islamic State denied that it had kidnapped the French aid workers in Niger.", "18", "", negated},
	{"18 hypo: may have kidnapped", "Boko Haram may have kidnapped the girls from the school in Chibok, officials said.", "18", "", hypo},
	{"18 future: plotted to kill", "The suspects plotted to assassinate the Ukrainian president, the SBU said.", "18", "", future},
	{"18 real: failed assassination", "Gunmen tried to assassinate the Haitian president on Wednesday, the police said.", "18", ">", asserted},
	{"18 real: bombed", "A suicide bomber attacked a mosque in Peshawar on Monday, killing 80 people.", "18", ">", asserted},
	{"18 cond: would kill if", "The kidnappers would kill the hostages if the ransom was not paid, a negotiator said.", "18", "", hypo},
	{"18 alleged: accused of abducting", "Ukraine accused Russia of abducting children from occupied areas.", "18", "", alleged},
	{"18 question: whether kidnapped", "Police were investigating whether the businessman had been kidnapped by the gang.", "18", "", hypo},

	// 19 fight
	{"19 real: shelled", "Azerbaijani forces shelled Armenian positions near the border on Tuesday.", "19", "AZE>ARM", asserted},
	{"19 neg: did not attack", "The Ethiopian army did not attack the rebel positions in Tigray on Sunday, a spokesman said.", "19", "", negated},
	{"19 neg: has never attacked", "Iran has never attacked another country, the Iranian foreign minister said.", "19", "", negated},
	{"19 neg: no shots were fired", "No shots were fired at the border between India and China on Monday, the Indian army said.", "19", "", negated},
	{"19 neg: no fighting", "There was no fighting between the army and the rebels in Goma on Monday.", "19", "", negated},
	{"19 neg: did not fire", "The Chinese navy did not fire on the Philippine boats near the shoal, officials said.", "19", "", negated},
	{"19 refuse: refused to fight", "Several Russian units refused to fight in Ukraine, the Ukrainian military intelligence said.", "19", "", negated},
	{"19 fail: failed to capture", "Russian forces failed to capture the town of Avdiivka in a new assault.", "19", "", negated},
	{"19 cancel: offensive called off", "The army called off its offensive against the rebels in the north because of the rains.", "19", "", negated},
	{"19 cancel: postponed the attack", "Israel postponed its ground offensive in Rafah after talks with Washington.", "19", "", negated},
	{"19 future: will launch offensive", "The Ukrainian army will launch a new offensive in the south in the spring, officials said.", "19", "", future},
	{"19 future: plans to attack", "Israel plans to attack Rafah after the hostages are released, an official said.", "19", "", future},
	{"19 future: is expected to attack", "Russia is expected to attack Kharkiv again in the coming weeks, analysts said.", "19", "", hypo},
	{"19 future: vowed to retake", "The Ukrainian president vowed to retake Crimea from Russia.", "19", "", future},
	{"19 future: is due to begin", "The offensive against the militants is due to begin next week, the Somali army said.", "19", "", future},
	{"19 cond: would attack if", "Israel would attack Lebanon if Hezbollah fired more rockets, the defence minister said.", "19", "", hypo},
	{"19 cond: if attacked", "If Russian troops attacked Moldova, the country would ask for help, the president said.", "19", "", hypo},
	{"19 cond: unless", "The army will storm the rebel-held town unless the fighters surrender, a commander said.", "19", "", hypo},
	{"19 hypo: could attack", "China could attack Taiwan within the next five years, an American admiral said.", "19", "", hypo},
	{"19 hypo: may have shelled", "Russian forces may have shelled the dam in Kherson, Ukrainian officials said.", "19", "", hypo},
	{"19 hypo: might strike", "Iran might strike Israel in response to the killing of its general, analysts said.", "19", "", hypo},
	{"19 hypo: was believed to have fired", "The missile was believed to have been fired by Houthi rebels from Yemen.", "19", "", hypo},
	{"19 hypo: rumours of an attack", "Rumours that the army had attacked the rebels spread through the capital on Monday.", "19", "", hypo},
	{"19 question: whether would attack", "It was not clear whether Israel would attack Iran's nuclear sites.", "19", "", hypo},
	{"19 question: asked whether", "Reporters asked the general whether his troops had shelled the village.", "19", "", hypo},
	{"19 denial: denied attacking", "The Ethiopian army denied on Monday that it had attacked Eritrean forces near the border.", "19", "", negated},
	{"19 denial: denied shelling", "Russia denied shelling the hospital in Mariupol, the Kremlin said.", "19", "", negated},
	{"19 denial: rejected reports that it had shelled", "The Armenian defence ministry rejected reports that its forces had shelled Azerbaijani positions.", "19", "", negated},
	{"19 alleged: accused of shelling", "Ukraine accused Russia on Sunday of shelling the nuclear plant in Zaporizhzhia.", "19", "RUS", alleged},
	{"19 alleged: alleged that troops fired", "Venezuela alleged that Colombian troops had fired across the border.", "19", "", alleged},
	{"19 alleged: claimed that forces attacked", "The Houthis claimed that Saudi forces had attacked a market in northern Yemen.", "19", "", alleged},
	{"19 real: did not hesitate to attack", "The Israeli army did not hesitate to attack Hezbollah positions in southern Lebanon on Monday.", "19", "ISR>", asserted},
	{"19 real: clashed", "Indian and Chinese troops clashed on the border in Arunachal Pradesh on Friday, the Indian army said.", "19", "IND>CHN", asserted},
	{"19 real: attacked after talks failed", "The Sudanese army attacked paramilitary positions in Khartoum on Sunday after talks in Jeddah failed to produce a truce.", "19", "SDN", asserted},
	{"19 real: officials said it shelled", "Ukrainian officials said Russian forces shelled the city of Kherson on Monday.", "19", "RUS", asserted},
	{"19 real: reportedly shelled", "Russian forces reportedly shelled the city of Kharkiv overnight.", "19", "RUS", asserted},
	{"19 real: not only attacked", "The rebels not only attacked the army base but also seized the airport in Goma.", "19", ">", asserted},
	{"19 real: attacked without warning", "Turkish warplanes bombed Kurdish positions in northern Iraq without warning on Monday.", "19", "TUR", asserted},
	{"19 real: failed to stop the attack", "The army failed to stop the attack by jihadists on a military camp in Burkina Faso.", "19|18", ">", asserted},

	// 20 mass violence
	{"20 real: used chemical weapons", "The Syrian army used chemical weapons against civilians in Douma, the OPCW said.", "20", "SYR", asserted},
	{"20 neg: did not use chemical weapons", "The Syrian government did not use chemical weapons in Douma, the Russian ambassador said.", "20", "", negated},
	{"20 denial: denied using", "Damascus denied that its forces had used chemical weapons in the attack.", "20", "", negated},
	{"20 hypo: could use nuclear", "Russia could use nuclear weapons if its territory was threatened, a former president said.", "20", "", hypo},
	{"20 alleged: accused of genocide", "The Gambia accused Myanmar of committing genocide against the Rohingya.", "20", "", alleged},
	{"20 cond: would use nuclear if", "North Korea would use nuclear weapons if attacked, its leader said.", "20", "", hypo},
	{"20 question: whether used", "UN inspectors were trying to determine whether chemical weapons had been used in Idlib.", "20", "", hypo},

	// voices, word orders and tenses across roots
	{"mix passive neg: were not released", "The detained fishermen were not released by the Indian authorities on Monday.", "08", "", negated},
	{"mix passive real: were released", "Twelve detained fishermen were released by the Indian authorities on Monday.", "08", "IND", asserted},
	{"mix passive neg: was not attacked", "The convoy was not attacked by the rebels on its way to Goma, the UN said.", "19|18", "", negated},
	{"mix passive real: was attacked", "A UN convoy was attacked by rebels near Goma on Monday, the UN said.", "19|18", ">IGOUNO", asserted},
	{"mix passive neg: were not expelled", "No Russian diplomats were expelled from Austria this year, the foreign ministry said.", "16", "", negated},
	{"mix will not attend", "The Russian president will not attend the summit in South Africa, the Kremlin said.", "04", "", negated},
	{"mix would not meet", "The Venezuelan president said he would not meet the opposition leader.", "04", "", negated},
	{"mix has no plans to visit", "The Chinese president has no plans to visit Washington this year, a spokesman said.", "04", "", negated},
	{"mix never released", "The junta never released the former president, his lawyers said.", "08", "", negated},
	{"mix neither met nor spoke", "The two leaders neither met nor spoke during the summit in Rome.", "04", "", negated},
	{"mix present real: hosts talks", "Qatar hosts talks between the United States and the Taliban in Doha this week.", "04", "QAT", asserted},
	{"mix perfect real: has released", "Myanmar's junta has released 700 political prisoners, state media said on Tuesday.", "08", "MMR", asserted},
	{"mix going to: is going to attack", "Russia is going to attack Kyiv again soon, the Ukrainian president warned.", "19", "", future},
	{"mix about to: was about to sign", "The two sides were about to sign the deal when the talks collapsed.", "05", "", hypo},
	{"mix intends to: intends to expel", "The Ukrainian parliament intends to ban the Russian church, a lawmaker said.", "17", "", future},
	{"mix hoped to: hoped to meet", "The Ukrainian president hoped to meet the American president in Washington next week.", "04", "", future},
	{"mix ready to: is ready to talk", "Iran is ready to hold talks with the United States, the Iranian foreign minister said.", "04", "", future},
	{"mix should: should withdraw", "Israel should withdraw its troops from Gaza, the French president said.", "08", "", hypo},
	{"mix must: must release", "The junta must release the president immediately, the African Union said.", "08", "", hypo},
	{"mix urged: urged to withdraw", "The Security Council urged Rwanda to withdraw its troops from eastern Congo.", "08", "", hypo},
	{"mix demanded: demanded release", "Britain demanded that Iran release the British-Iranian aid worker.", "08", "", hypo},
	{"mix warned: warned could attack", "The Israeli army warned that Hezbollah could attack northern Israel at any time.", "19", "", hypo},
	{"mix feared: feared attack", "Residents feared that the army would attack the town again.", "19", "", hypo},
	{"mix denial noun: denied reports of talks", "Ankara denied reports of secret talks with Damascus.", "04", "", negated},
	{"mix denial: dismissed claims that it attacked", "China dismissed claims that its coast guard had rammed a Philippine vessel.", "19|17|18", "", negated},
	{"mix sentence-first if: if talks fail", "If the talks in Doha fail, Israel will resume its offensive in Gaza, an official said.", "19", "", hypo},
	{"mix unless first", "Unless the rebels lay down their arms, the army will storm the city, the general said.", "19", "", hypo},
	{"mix in case of", "Poland would send troops to Lithuania in case of a Russian attack, the defence minister said.", "15", "", hypo},
	{"mix real despite: met despite", "The Armenian and Azerbaijani leaders met in Prague despite the fighting on the border.", "04", "ARM>AZE", asserted},
	{"mix real: resumed talks", "Serbia and Kosovo resumed talks in Brussels on Monday after a break of six months.", "04", "SRB>", asserted},
	{"mix real: agreed after refusing", "After refusing for months, Turkey approved Sweden's bid to join NATO on Tuesday.", "05|08", "TUR>SWE", asserted},
	{"mix real: deal without hesitation", "Saudi Arabia signed the deal with China without hesitation on Friday.", "05|06", "SAU>CHN", asserted},

	// families for the rules this sweep brought: a negated verb of
	// hesitation, a passive of cancelling, a course scheduled, a condition
	// on "will" or "would", a gerund weighed
	{"fam hesitate: never hesitated to strike", "Turkey has never hesitated to strike Kurdish militants in northern Iraq, the defence minister said.", "19", "TUR", asserted},
	{"fam hesitate: would not hesitate", "Japan would not hesitate to defend its islands, the Japanese prime minister said.", "19", "", hypo},
	{"fam hesitate: hesitated to send", "Germany hesitated to send battle tanks to Ukraine for months.", "07", "", negated},
	{"fam hesitate: did not hesitate to expel", "Lithuania did not hesitate to expel the Russian ambassador after the massacre in Bucha.", "16", "LTU>RUS", asserted},
	{"fam cancel: visit was cancelled by", "The planned visit of the Chinese foreign minister to Berlin was cancelled by Beijing on Friday.", "04", "", negated},
	{"fam cancel: strike was postponed", "The general strike called by Nigerian unions was postponed after talks with the government.", "14", "", negated},
	{"fam cancel: exercise scrapped", "The joint exercise of the American and South Korean navies was scrapped on Monday.", "06", "", negated},
	{"fam cancel: protest was shelved", "A protest march by farmers in New Delhi was shelved on Sunday after the police refused permission.", "14", "", negated},
	{"fam schedule: talks are scheduled to begin", "Peace talks between Colombia and the ELN rebels are scheduled to begin in Havana next month.", "04", "", future},
	{"fam schedule: meeting is expected to resume", "Negotiations between Israel and Hamas are expected to resume in Cairo on Sunday.", "04", "", hypo},
	{"fam schedule: talks resumed, done", "Talks between Israel and Hamas resumed in Cairo on Sunday, Egyptian officials said.", "04", "ISR>", asserted},
	{"fam cond: will give if", "The World Bank will lend Pakistan more money if it raises taxes, a bank official said.", "07", "", hypo},
	{"fam cond: would help if", "China would help rebuild Syria if the war ended, the Chinese envoy said.", "07|06", "", hypo},
	{"fam cond: would hold talks if", "The Taliban would hold talks with the Afghan opposition if foreign troops left, a spokesman said.", "04", "", hypo},
	{"fam weighed: proposed suspending", "Sweden proposed suspending all trade talks with Turkey.", "16", "", hypo},
	{"fam weighed: considered sending", "Spain considered sending warships to the Red Sea, officials said.", "15", "", hypo},
	{"fam weighed: began sending, done", "Spain began sending warships to the Red Sea on Monday.", "15", "ESP", asserted},
	{"fam accused: with a time between", "Pakistan accused India on Wednesday of shelling villages in Kashmir.", "19", "IND", alleged},
	{"fam accused: a month between", "The opposition accused the police in May of beating demonstrators in Kampala.", "17|18", "UGA", alleged},
	{"fam plan: does not have plans to attack", "Russia does not have plans to attack the Baltic states, the Kremlin spokesman said.", "19", "", negated},
	{"fam plan: had no intention to expel", "Hungary had no intention to expel the Russian diplomats, its foreign minister said.", "16", "", negated},
	{"fam plan: has no plans to release", "The junta has no plans to release the former president before the trial.", "08", "", negated},
	{"fam plan: has plans to send, an intent", "Turkey has plans to send more warships to the eastern Mediterranean.", "03", "TUR", asserted},
	{"fam plan: has plans to send, not done", "Turkey has plans to send more warships to the eastern Mediterranean.", "15", "", future},
}
