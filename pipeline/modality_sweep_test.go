package pipeline

import (
	"strings"
	"testing"
	"time"

	"dateline"
)

// TestModalitySweep sweeps the modality of wire sentences, written for it
// from the gold conventions before any output was read: an announced
// decision (with or without a date, "will", "would" in a report, "agreed
// to", "decided to", "voted to", "ordered") is the measure, asserted; a
// scheduled meeting announced is its intent; a plan, an intention, a hope
// or a promise is the intent, never the act; a threat is the threat; a
// condition ("if", "unless"), "could", "may", "would" with a condition, a
// question, a denial and a refusal code no asserted act. A row passes
// when, coding with every modality kept, an event of its code with its
// dyad (each side a prefix: "GBR" is GBRGOV) has modality mod; with want
// "", when no event of its code is asserted and any there is has mod.
// The test counts, as the wire sweep does: it fails only when fewer rows
// pass than the floor.
func TestModalitySweep(t *testing.T) {
	runModalitySweep(t, "modality sweep", modalitySweep, modalitySweepFloor)
}

// runModalitySweep codes rows with every modality and statement kept and
// counts those modalityMiss passes; it fails only when fewer than floor
// pass.
func runModalitySweep(t *testing.T, name string, rows []modalityRow, floor int) {
	t.Helper()
	c := newCoder(t)
	c.Statements = true
	c.All = true
	ref, err := time.Parse(time.DateOnly, sweepDate)
	if err != nil {
		t.Fatal(err)
	}
	pass := 0
	for _, tt := range rows {
		events := codeText(t, c, tt.text, ref)
		if msg := modalityMiss(events, tt); msg != "" {
			t.Logf("%s: %s", tt.name, msg)
			continue
		}
		pass++
	}
	t.Logf("%s: %d of %d rows pass", name, pass, len(rows))
	if pass < floor {
		t.Errorf("%s: %d of %d rows pass, want at least %d", name, pass, len(rows), floor)
	}
}

// modalityMiss returns why events fail row tt, or "".
func modalityMiss(events []dateline.Event, tt modalityRow) string {
	var all []string
	for _, e := range events {
		all = append(all, e.CAMEO+" "+dyad(e)+" "+string(e.Modality))
	}
	for _, e := range events {
		if !hasAnyCode(e, tt.code) {
			continue
		}
		if tt.want == "" {
			if e.Modality == dateline.Asserted || e.Modality != tt.mod {
				return "got " + strings.Join(all, "; ") + ", want no asserted " + tt.code + " (" + string(tt.mod) + ")"
			}
			continue
		}
		if e.Modality == tt.mod && dyadPrefix(dyad(e), tt.want) {
			return ""
		}
	}
	if tt.want == "" {
		return ""
	}
	return "got " + strings.Join(all, "; ") + ", want " + tt.code + " " + tt.want + " " + string(tt.mod)
}

// dyadPrefix reports whether dyad got ("SRC>TGT") has the sides of want
// as prefixes.
func dyadPrefix(got, want string) bool {
	gs, gt, _ := strings.Cut(got, ">")
	ws, wt, _ := strings.Cut(want, ">")
	return strings.HasPrefix(gs, ws) && strings.HasPrefix(gt, wt)
}

type modalityRow struct {
	name, text, code, want string
	mod                    dateline.Modality
}

// modalitySweepFloor is the number of modality sweep rows that must pass.
const modalitySweepFloor = 140

const (
	asserted = dateline.Asserted
	future   = dateline.Future
	hypo     = dateline.Hypothetical
	negated  = dateline.Negated
)

var modalitySweep = []modalityRow{
	// announced decisions: the measure, asserted
	{"decision: would expel, report after", "Britain would expel 23 Russian diplomats over the poisoning of a former spy, Prime Minister Theresa May told parliament on Wednesday.", "16", "GBR>RUS", asserted},
	{"decision: will expel, report first", "The French foreign ministry said on Monday that France will expel four Iranian diplomats in response to the foiled bomb plot near Paris.", "16", "FRA>IRN", asserted},
	{"decision: will expel, no report", "Germany will expel two Russian diplomats over the killing of a Georgian man in a Berlin park, the government announced on Wednesday.", "16", "DEU>RUS", asserted},
	{"decision: would impose sanctions, said", "The United States would impose new sanctions on Iran's oil sector starting next month, the Treasury Department said in a statement on Friday.", "16", "USA>IRN", asserted},
	{"decision: will impose sanctions with a date", "Japan will impose sanctions on three North Korean shipping firms from Tuesday, the chief cabinet secretary told reporters in Tokyo.", "16", "JPN>PRK", asserted},
	{"decision: agreed to impose sanctions", "European Union foreign ministers agreed on Monday to impose sanctions on senior officials in Belarus over the crackdown on protesters.", "16", ">BLR", asserted},
	{"decision: agreed to expel, apposition", "Poland and Lithuania, both members of NATO, agreed on Thursday to expel several Russian diplomats accused of spying.", "16", ">RUS", asserted},
	{"decision: decided to expel", "The Czech government decided on Saturday to expel 18 Russian diplomats after linking Moscow's agents to a 2014 depot explosion.", "16", "CZE>RUS", asserted},
	{"decision: decided to suspend aid", "The Netherlands has decided to suspend development aid to Uganda over a new law targeting gay people, the Dutch foreign ministry said on Tuesday.", "16", "NLD>UGA", asserted},
	{"decision: voted to suspend", "The African Union voted on Friday to suspend Mali from the bloc after the second military coup in nine months, diplomats said.", "16", ">MLI", asserted},
	{"decision: voted to impose sanctions", "The Security Council voted unanimously on Wednesday to impose an arms embargo on South Sudan, which has been at war since 2013.", "16", ">SSD", asserted},
	{"decision: ordered the expulsion", "Nigeria ordered the expulsion of the Ghanaian ambassador on Sunday after a row over the closure of Nigerian shops in Accra.", "16", "NGA>GHA", asserted},
	{"decision: ordered envoys to leave", "Ethiopia ordered seven senior United Nations officials to leave the country within 72 hours, accusing them of meddling in its affairs.", "16", "ETH>IGOUNO", asserted},
	{"decision: will cut ties", "Nicaragua will break diplomatic relations with Taiwan and recognise Beijing, the Nicaraguan foreign minister announced on Thursday.", "16", "NIC>TWN", asserted},
	{"decision: would recall ambassador", "Turkey would recall its ambassador from Vienna for consultations, the Turkish foreign ministry said late on Monday.", "16", "TUR", asserted},
	{"decision: said it would suspend talks", "Pakistan said on Tuesday it would suspend trade talks with India after New Delhi revoked the special status of Kashmir.", "16", "PAK>IND", asserted},
	{"decision: will impose curfew", "Authorities in Sri Lanka will impose a nationwide curfew from six o'clock on Saturday evening, the police chief said in a televised address.", "17", "LKA", asserted},
	{"decision: declared a state of emergency", "The Peruvian government declared a state of emergency in the southern region of Puno on Saturday after weeks of violent protests.", "17", "PER", asserted},
	{"decision: would arrest, said", "The Kenyan interior minister said the police would arrest anyone caught looting shops in Nairobi during the protests.", "17", "", hypo},
	{"decision: will deploy troops", "Britain will deploy 800 troops to Estonia next month as part of a NATO mission, the defence secretary said on Monday.", "15", "GBR>EST", asserted},
	{"decision: decided to send troops", "Kenya decided on Wednesday to send 1,000 police officers to Haiti to lead a multinational security mission, the interior minister said.", "15", "KEN>HTI", asserted},
	{"decision: would ban flights", "Canada would ban all flights from Pakistan for thirty days, the transport minister said on Thursday.", "16", "CAN>PAK", asserted},
	{"decision: has decided to close embassy", "Italy has decided to close its embassy in Kabul because of the deteriorating security situation, the foreign ministry said.", "16", "ITA", asserted},
	{"decision: passive announced", "Twenty-three Russian diplomats will be expelled from Britain, Prime Minister Theresa May announced on Wednesday.", "16", ">RUS", asserted},

	// announced by an official the sentence gives no country: its state's
	{"decision: unnamed minister, would close embassy", "Australia would close its embassy in Kabul at the end of the month, the foreign minister said on Friday.", "16", "AUS", asserted},
	{"decision: unnamed spokesman, will suspend flights", "A government spokesman said on Tuesday that Kenya will suspend all flights to Somalia for two weeks.", "16", "KEN>SOM", asserted},
	{"decision: unnamed minister, on a condition", "Canada would ban flights from India if the new variant spread further, the transport minister said.", "16", "", hypo},
	{"decision: another country's minister tells it", "Argentina would expel the British ambassador, the Brazilian foreign minister said on Tuesday.", "16", "", future},

	// a measure over anyone who gives cause: a threat, not a decision
	{"any: will expel any diplomat", "Russia will expel any diplomat caught meeting opposition activists, the Russian foreign ministry said on Monday.", "16", "", hypo},
	{"any: would arrest anyone, threat", "Ugandan police would arrest anyone who took part in the banned march, the police spokesman said.", "13", "UGA", asserted},
	{"any: will punish anyone, threat", "The Iranian judiciary will punish anyone who joins the street protests, the judiciary chief said on state television.", "17", "", hypo},
	{"any: named diplomats stay decided", "Russia will expel two Dutch diplomats caught meeting opposition activists, the Russian foreign ministry said on Monday.", "16", "RUS>NLD", asserted},

	// scheduled meetings and visits announced: the intent, asserted; the meeting not yet
	{"schedule: will hold talks on Monday", "The Chinese president will hold talks with the French president in Paris on Monday, the foreign ministry in Beijing said.", "03|04", "CHN>FRA", asserted},
	{"schedule: will hold talks, act not done", "The Chinese president will hold talks with the French president in Paris on Monday, the foreign ministry in Beijing said.", "04", "", future},
	{"schedule: will visit next week", "Indian Prime Minister Narendra Modi will visit Japan next week for a summit with his Japanese counterpart, officials said on Friday.", "03", "IND>JPN", asserted},
	{"schedule: is scheduled to meet", "The Turkish foreign minister is scheduled to meet his Greek counterpart in Athens on Thursday to discuss maritime disputes.", "03|04", "TUR>GRC", asserted},
	{"schedule: has been scheduled meeting", "A meeting between the Sudanese army chief and the paramilitary commander has been scheduled for next week in Jeddah, Saudi officials said.", "04", "", future},
	{"schedule: talks have been planned", "Talks between Iran and Saudi Arabia have been planned for next month in Baghdad, Iraqi officials said.", "04", "", future},
	{"schedule: summit is expected", "A summit of African Union leaders on the crisis in Sudan is expected in Addis Ababa later this month.", "04", "", hypo},
	{"schedule: attack planned by, told as done", "The attack on the army base in Kidal was planned by the jihadist group's local commander, the Malian army said.", "18|19", ">", asserted},
	{"schedule: meeting was held, told as done", "A meeting between the Chinese and Indian foreign ministers was held in Moscow on Thursday, the Indian ministry said.", "04", "CHN>IND", asserted},
	{"schedule: drills aimed at, told as done", "Russia said the naval drills in the Black Sea were aimed at deterring NATO, a Kremlin spokesman said.", "15", "RUS", asserted},
	{"schedule: exercises intended to, told as done", "The air force exercises near the border were intended to warn India, Pakistani officials said.", "15", ">", asserted},
	{"schedule: are due to meet", "Russian and Ukrainian negotiators are due to meet in Istanbul on Tuesday for a new round of talks, the Turkish presidency said.", "04", "", future},
	{"schedule: would travel, said", "The US secretary of state would travel to Cairo on Sunday for talks with President Sisi, the State Department said.", "03|04", "USA>EGY", asserted},
	{"schedule: will host", "Egypt will host talks between Israel and Hamas in Cairo next week, an Egyptian official told Reuters.", "04", "", future},
	{"schedule: talks to resume Tuesday", "Talks between the government and the rebels will resume in Addis Ababa on Tuesday, mediators from the African Union said.", "04", "", future},
	{"schedule: did not meet", "The Indian and Pakistani foreign ministers did not meet on the sidelines of the summit in Goa, officials said.", "04", "", negated},

	// plans and intentions: the intent at most, never the act
	{"plan: plans to visit", "The German chancellor plans to visit China in November with a delegation of business leaders, a government spokesman said.", "04", "", future},
	{"plan: plans to visit, intent", "The German chancellor plans to visit China in November with a delegation of business leaders, a government spokesman said.", "03", "DEU>CHN", asserted},
	{"plan: intends to sue", "Mexico intends to take the United States to the International Court of Justice over the shooting at the border, the foreign minister said.", "11|06|16|17", "", future},
	{"plan: intends to deploy", "Japan intends to deploy long-range missiles on its southern islands by 2026, according to a draft defence plan.", "15", "", future},
	{"plan: hopes to hold talks", "Iran hopes to hold talks with Saudi Arabia in Baghdad later this month, the Iranian foreign ministry spokesman said.", "04", "", future},
	{"plan: wants to buy weapons", "Poland wants to buy more tanks from South Korea, the Polish defence minister told a news conference in Warsaw.", "06", "", future},
	{"plan: is considering sanctions", "The British government is considering imposing sanctions on Chinese officials over the treatment of Uighurs, a minister said.", "16", "", hypo},
	{"plan: is preparing to send aid", "Turkey is preparing to send humanitarian aid to Gaza by ship, the Turkish health minister said on Monday.", "07", "", future},
	{"plan: aims to sign deal", "India aims to sign a free trade agreement with Britain by the end of the year, the Indian commerce minister said.", "05|06", "", future},
	{"plan: expected to announce", "The Biden administration is expected to announce new sanctions on Russia on Friday, two officials said.", "16", "", hypo},
	{"plan: was likely to approve", "The Senate was likely to approve the aid package for Ukraine later in the week, congressional aides said.", "07", "", hypo},
	{"plan: would review, intention", "The Australian government said it would review its arrangements with China for the port of Darwin.", "16", "", future},

	// promises and offers: the promise, asserted
	{"promise: pledged to provide aid", "Saudi Arabia pledged on Sunday to provide 400 million dollars in humanitarian aid to Ukraine, the Ukrainian presidency said.", "03", "SAU>UKR", asserted},
	{"promise: pledged aid, act not done", "Saudi Arabia pledged on Sunday to provide 400 million dollars in humanitarian aid to Ukraine, the Ukrainian presidency said.", "07", "", future},
	{"promise: promised to release prisoners", "The Ethiopian prime minister promised on Friday to release political prisoners held since the start of the war in Tigray.", "03", "ETH", asserted},
	{"promise: vowed to retaliate", "Iran vowed on Monday to retaliate against Israel for the strike on its consulate in Damascus, state media reported.", "13|03", "IRN>ISR", asserted},
	{"promise: offered to mediate", "Turkey offered on Tuesday to mediate between Russia and Ukraine, the Turkish president told reporters in Ankara.", "03", "TUR", asserted},
	{"promise: committed to withdraw", "Russia committed to withdraw its troops from the Kherson region by the end of the month, the Russian defence minister said.", "03", "RUS", asserted},

	{"promise: has committed to send aid", "Japan has committed to send emergency food aid to Sri Lanka, the Japanese embassy in Colombo said on Monday.", "07", "", future},
	{"promise: committed to hold talks, intent", "The Sudanese army committed to hold talks with the paramilitary forces in Jeddah, Saudi mediators said.", "03", "SDN", asserted},
	{"promise: committed atrocities, told as done", "Human Rights Watch said Ethiopian troops committed atrocities against civilians in the town of Axum in November.", "18|19|20|11", ">", asserted},

	// agreements to do something
	{"agree: agreed to hold talks", "India and China agreed on Friday to hold more talks to resolve the border dispute in the Himalayas, the Indian army said.", "03", "IND>CHN", asserted},
	{"agree: agreed to exchange prisoners", "Russia and Ukraine agreed to exchange prisoners of war in a deal brokered by the United Arab Emirates, officials said.", "03", "RUS>UKR", asserted},
	{"agree: agreed to a ceasefire", "Armenia and Azerbaijan agreed to a humanitarian ceasefire starting at midnight on Saturday, the Russian foreign ministry said.", "08|03", "ARM>AZE", asserted},
	{"agree: agreed to restore ties", "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months.", "03|05", "SAU>IRN", asserted},
	{"agree: agreed to send troops", "NATO allies agreed on Wednesday to send more troops to the alliance's eastern flank, the secretary-general said.", "03", "", asserted},
	{"agree: did not agree to sanctions", "EU leaders did not agree to impose new sanctions on Turkey at their summit in Brussels, diplomats said.", "16", "", negated},
	{"agree: failed to agree", "The two Koreas failed to agree on reopening the joint industrial zone at talks in Kaesong on Thursday.", "03", "", negated},

	// orders
	{"order: ordered the arrest", "A court in Istanbul ordered the arrest of 17 journalists on Tuesday on charges of links to the failed coup, state media said.", "17", "TUR", asserted},
	{"order: ordered troops to withdraw", "The Sudanese army ordered its troops to withdraw from the town of Abyei on Sunday, a military spokesman said.", "08", "SDN", asserted},
	{"order: ordered the closure", "Burundi ordered the closure of its border with Rwanda on Thursday after accusing Kigali of backing rebels.", "16|17|19", "BDI", asserted},
	{"order: ordered envoy to leave, passive", "The Russian ambassador was ordered to leave Estonia within 48 hours, the Estonian foreign ministry said.", "16", ">RUS", asserted},

	// threats: the threat, asserted; the act not done
	{"threat: threatened to impose sanctions", "The United States threatened on Monday to impose sanctions on Turkey if it goes ahead with the purchase of Russian missiles.", "13", "USA>TUR", asserted},
	{"threat: threatened, act not done", "The United States threatened on Monday to impose sanctions on Turkey if it goes ahead with the purchase of Russian missiles.", "16", "", hypo},
	{"threat: warned it would respond", "North Korea warned that it would respond with force to any attack by South Korea, the state news agency said.", "19", "", hypo},
	{"threat: threatened to expel", "Mali's junta threatened to expel the French ambassador over remarks by the French foreign minister, state television said.", "13", "MLI>FRA", asserted},
	{"threat: warned of strikes", "Israel's defence minister warned Hezbollah on Sunday that the army would strike Beirut if rockets were fired at Israeli towns.", "18|19|20", "", hypo},

	// conditionals
	{"if: would expel if", "Britain would expel Russian diplomats if Moscow was found responsible for the attack, the foreign secretary said.", "16", "", hypo},
	{"if: will impose sanctions if", "The European Union will impose sanctions on Serbia if it does not recognise the election results, an EU official said.", "16", "", hypo},
	{"unless: unless", "Washington will suspend military aid to Egypt unless Cairo releases the American citizens, a senior official said.", "16", "", hypo},
	{"if: if it attacks", "Turkey will respond if Syrian government forces attack its observation posts in Idlib, the Turkish defence minister said.", "19", "", hypo},
	{"if: if sentence first", "If the talks fail, Ethiopia will fill the dam without an agreement, the Ethiopian water minister said.", "04", "", hypo},
	{"if: in case of", "Russia would send troops to Transnistria in the event of an attack on its peacekeepers, the Russian foreign ministry said.", "15", "", hypo},

	{"in case of: will intervene in case of war", "Turkey will send troops to Azerbaijan in case of a new war with Armenia, the Turkish defence minister said.", "15", "", hypo},
	{"in the event of: would impose sanctions", "The European Union would impose sanctions on Minsk in the event of a crackdown on the opposition, an EU official said.", "16", "", hypo},
	{"in the event of: past told as done", "Britain expelled 23 Russian diplomats in the wake of the poisoning of a former spy, the foreign office said.", "16", "GBR>RUS", asserted},
	{"in the case of an actor: no condition", "In the case of Iran, the United States will impose sanctions on its oil exports from Monday, the Treasury said.", "16", "USA>IRN", asserted},

	// could, may, might, would in reported speech
	{"could: could impose sanctions", "The United States could impose new sanctions on Venezuela as early as next week, a senior administration official said.", "16", "", hypo},
	{"may: may expel", "Lithuania may expel Russian diplomats over the spying case, the Lithuanian foreign minister said on Monday.", "16", "", hypo},
	{"might: might send troops", "France might send troops to Ukraine at some point, President Macron told reporters after a conference in Paris.", "15", "", hypo},
	{"could: could hold talks", "The two leaders could hold talks on the sidelines of the summit in Bali next month, officials said.", "04", "", hypo},
	{"would: would have attacked", "Without American intervention the army would have attacked the protesters, opposition leaders said.", "18|19|17", "", hypo},
	{"would: would never recognise", "Ukraine would never recognise the annexation of Crimea, the Ukrainian foreign minister told the UN General Assembly.", "05", "", hypo},
	{"may: may have used chemical weapons", "The Syrian government may have used chemical weapons in an attack on a rebel-held town, a UN report said.", "19|20", "", hypo},
	{"should: should release", "The Iranian authorities should release the detained journalists immediately, Amnesty International said on Tuesday.", "08", "", hypo},
	{"must: must withdraw", "Russia must withdraw its troops from Ukraine, the Japanese prime minister told reporters in Tokyo.", "08", "", hypo},

	// questions
	{"question: will it expel", "Will Britain expel more Russian diplomats after the latest spying case?", "16", "", future},
	{"question: did the army fire", "Did the Burmese army fire on the protesters in Mandalay on Saturday?", "18|19|17", "", hypo},
	{"question: could Turkey send troops", "Could Turkey send troops into northern Iraq before the winter?", "15", "", hypo},
	{"question: has Iran released", "Has Iran released the French tourists it detained last year?", "08", "", hypo},
	{"question: quoted, asked", "\"Will China invade Taiwan?\" the senator asked reporters in Washington on Tuesday.", "19|20|15", "", hypo},
	{"question: wh-question presupposes", "Why did the Nigerian army raid the offices of the newspaper in Abuja on Sunday?", "17|19", "NGA", asserted},
	{"question: act told after a question", "Will Britain expel more diplomats after Russia poisoned a former spy in Salisbury?", "18|19|20", "RUS", asserted},
	{"question: whether", "It was not clear whether Russia would withdraw its forces from the border region, officials in Kyiv said.", "08", "", hypo},
	{"question: asked whether", "Reporters asked whether China would send troops to the disputed area.", "15", "", hypo},

	// denials and negations
	{"denial: denied attacking", "Rwanda denied on Sunday that its troops had attacked Congolese army positions near Goma.", "19", "", negated},
	{"denial: denied plans to expel", "The Polish government denied on Friday that it planned to expel the Belarusian ambassador.", "16", "", negated},
	{"negation: will not expel", "Germany will not expel Russian diplomats over the case, a government spokesman told reporters in Berlin.", "16", "", negated},
	{"negation: would not send troops", "Washington would not send troops to Ukraine, the US president said on Wednesday.", "15", "", negated},
	{"negation: has no plans", "China has no plans to send troops to Afghanistan, a Chinese foreign ministry spokesman said on Monday.", "15", "", negated},
	{"negation: never agreed", "Egypt never agreed to host refugees from Gaza in Sinai, an Egyptian official said.", "03", "", negated},
	{"negation: not scheduled", "The Iranian president is not scheduled to meet the US president at the United Nations this week, officials said.", "04", "", negated},

	// refusals: the refusal, asserted; the act negated
	{"refusal: refused to release", "Iran refused on Tuesday to release the British tanker seized in the Strait of Hormuz, the Iranian foreign ministry said.", "12", "IRN", asserted},
	{"refusal: refused, act not done", "Iran refused on Tuesday to release the British tanker seized in the Strait of Hormuz, the Iranian foreign ministry said.", "08", "", negated},
	{"refusal: rejected calls to impose sanctions", "Hungary rejected calls to impose sanctions on Russian energy imports, the Hungarian foreign minister said.", "16", "", hypo},
	{"refusal: declined to meet", "The Venezuelan president declined to meet the American envoy during his visit to Caracas, officials said.", "04", "", negated},

	// requests and appeals: the appeal, never the act
	{"appeal: urged to release", "The United Nations urged Myanmar's military on Monday to release Aung San Suu Kyi and other detained officials.", "08", "", hypo},
	{"appeal: called for sanctions", "Ukraine called on the European Union to impose sanctions on Russian gas, the Ukrainian foreign minister said.", "16", "", hypo},
	{"appeal: asked to send troops", "Mozambique asked Rwanda to send troops to fight the insurgency in Cabo Delgado province, officials said.", "15", "", hypo},

	// done acts told beside modality: asserted stays asserted
	{"done: expelled after a report", "Britain expelled 23 Russian diplomats on Wednesday, the foreign office said.", "16", "GBR>RUS", asserted},
	{"done: imposed sanctions yesterday", "The United States imposed sanctions on Iran's oil minister on Thursday, the Treasury Department said.", "16", "USA>IRN", asserted},
	{"done: met and agreed", "The Turkish and Russian presidents met in Sochi on Friday and agreed to expand trade between the two countries.", "04", "TUR>RUS", asserted},
	{"done: said it had expelled", "Ukraine said on Monday it had expelled the Iranian ambassador over Tehran's supply of drones to Russia.", "16", "UKR>IRN", asserted},
	{"done: has sent troops", "Kenya has sent 400 troops to eastern Congo as part of a regional force, the Kenyan defence ministry said.", "15", "KEN>COD", asserted},
	{"done: managed to free", "The Nigerian army managed to free 30 hostages from a Boko Haram camp in Borno state on Sunday, a spokesman said.", "08", "NGA", asserted},
	{"done: began to withdraw", "Russian troops began to withdraw from the area around Kyiv on Tuesday, the Ukrainian defence ministry said.", "08", "RUS", asserted},
	{"done: announced sanctions", "Australia announced sanctions on 15 Russian officials on Monday, including the defence minister.", "16", "AUS>RUS", asserted},

	// hypothetical-looking words that are no modality
	{"no modality: would-be attackers arrested", "Police in Nairobi arrested three would-be attackers near the parliament building on Tuesday, the police chief said.", "17", "KEN", asserted},
	{"no modality: may month", "Egypt expelled the Turkish ambassador in May, the Egyptian foreign ministry said on Tuesday.", "16", "EGY>TUR", asserted},
	{"no modality: will of the people", "The Venezuelan opposition accused the government on Monday of ignoring the will of the people.", "11", "VEN", asserted},

	// time to come and occasions
	{"until: withdraw until", "Armenia will not withdraw its troops until Azerbaijan releases the prisoners it holds, the Armenian prime minister said.", "08", "", negated},
	{"until: will not lift sanctions until", "The European Union will not lift its sanctions on Russia until Moscow withdraws its troops from Ukraine, EU officials said on Monday.", "08", "", hypo},
	{"until: won't resume talks until", "Israel won't resume talks with Hamas until the group frees the hostages it seized in October, an Israeli official said.", "08", "", hypo},
	{"until: would not sign until, past under modal", "The rebels said they would not sign the deal until government troops left the northern towns.", "08", "", hypo},
	{"until: did not leave until, told as done", "The protesters did not leave the square until police fired tear gas at them on Sunday evening.", "18|17|19", "COP", asserted},
	{"until: refusal still coded", "Armenia will not withdraw its troops until Azerbaijan releases the prisoners, the Armenian prime minister said.", "12", "ARM", asserted},
	{"once: once ceasefire holds", "Israel will withdraw its forces from southern Lebanon once the Lebanese army deploys there, an Israeli official said.", "15", "", hypo},
	{"before: before the vote", "Serbia arrested 12 opposition activists before the vote, rights groups said on Monday.", "17", "SRB", asserted},

	// more announced decisions in varied shapes
	{"decision: government announced it would close border", "The Polish government announced on Tuesday that it would close its border with Belarus to trucks from Saturday.", "16|17|19", "POL", asserted},
	{"decision: president said country would withdraw from treaty", "The Russian president said on Tuesday that his country would withdraw from the Open Skies treaty.", "16", "RUS", asserted},
	{"decision: would suspend aid, said first", "Sweden said on Friday it would suspend all aid to Zimbabwe after the disputed election.", "16", "SWE>ZWE", asserted},
	{"decision: will lift curfew", "The Kenyan government will lift the nighttime curfew in Nairobi from Monday, the interior ministry said.", "08", "KEN", asserted},
	{"decision: would ease restrictions, said", "The Chinese government would ease travel restrictions on the city of Shanghai from Wednesday, health officials said.", "08", "CHN", asserted},
	{"decision: will end state of emergency", "Ethiopia will end the state of emergency in the Amhara region next week, the prime minister's office said on Friday.", "08", "ETH", asserted},
	{"decision: lift curfew on a condition", "Kenya will lift the curfew in Nairobi if the number of infections keeps falling, the health minister said.", "08", "", hypo},
	{"decision: plans to lift curfew", "The Kenyan government plans to lift the curfew in Nairobi before the end of the year, officials said.", "081", "", future},
	{"decision: will release prisoners", "Myanmar's military government will release more than 5,000 prisoners to mark the new year, state television said.", "08", "MMR", asserted},
	{"decision: would free, said", "Cuba would free 553 political prisoners as part of a deal with the United States, American officials said.", "08", "CUB", asserted},
	{"decision: decided to withdraw ambassador", "Colombia decided to withdraw its ambassador from Nicaragua on Thursday over the arrest of opposition candidates.", "16", "COL>NIC", asserted},
	{"decision: cabinet approved the deployment", "The Japanese cabinet approved on Tuesday the deployment of naval ships to the Middle East to protect shipping.", "15", "JPN", asserted},
	{"decision: parliament voted to ban", "The Ukrainian parliament voted on Thursday to ban the activities of pro-Russian political parties.", "17", "UKR", asserted},
	{"decision: will not attend, refusal", "The Chinese president will not attend the G20 summit in New Delhi, the Chinese foreign ministry said on Monday.", "04", "", negated},
}
