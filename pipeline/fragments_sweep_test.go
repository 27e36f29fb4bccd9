package pipeline

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestFragmentSweep sweeps events told with nouns rather than verbs,
// written for it before any output was read: headline-style sentences
// (present tense, no articles), event nouns as a clause's subject
// ("clashes between A and B killed 20", "a car bomb in Baghdad killed
// 15"), event nouns named as the occasion of another act ("after the
// arrest of", "following", "amid", "in response to") and "there was/were"
// with an event noun that names its parties. Rows with want "" must code
// no event of their code: an event noun with no one doing it, one that is
// alleged, planned or possible, talks that are only scheduled. Sides of
// want are prefixes ("ISR" matches ISRMIL). The test counts, as the wire
// sweep does: it fails only when fewer rows pass than the floor.
//
// Headlines of wire stories themselves are not coded: the story reader
// keeps them as metadata. These rows are sentences written in headline
// style, as a one-sentence text or a lede may be.
func TestFragmentSweep(t *testing.T) {
	c := newCoder(t)
	ref, err := time.Parse(time.DateOnly, d)
	if err != nil {
		t.Fatal(err)
	}
	pass := 0
	for _, tt := range fragmentSweep {
		var got, all []string
		for _, e := range codeText(t, c, tt.text, ref) {
			all = append(all, e.CAMEO+" "+dyad(e))
			if hasAnyCode(e, tt.code) {
				got = append(got, dyad(e))
			}
		}
		ok := len(got) == 0
		if tt.want != "" {
			ok = slices.ContainsFunc(got, func(g string) bool { return dyadPrefix(g, tt.want) })
		}
		if !ok {
			t.Logf("%s: %q: got %s, want %s %q", tt.name, tt.text, strings.Join(all, "; "), tt.code, tt.want)
			continue
		}
		pass++
	}
	t.Logf("fragment sweep: %d of %d rows pass", pass, len(fragmentSweep))
	if pass < fragmentSweepFloor {
		t.Errorf("fragment sweep: %d of %d rows pass, want at least %d", pass, len(fragmentSweep), fragmentSweepFloor)
	}
	if n := len(fragmentSweep); n < 250 {
		t.Errorf("the sweep has %d rows, want at least 250", n)
	}
}

// fragmentSweepFloor is the number of fragment sweep rows that must pass.
const fragmentSweepFloor = 221

type fragmentRow struct {
	name, text, code, want string
}

var fragmentSweep = []fragmentRow{
	// headlines: present tense, no articles
	{"hl kill", "Gunmen kill 12 in attack on Nigerian market", "18|19", ">NGA"},
	{"hl strikes after", "Israel strikes Gaza after rocket fire", "19", "ISR>PSE"},
	{"hl sanctions", "EU imposes sanctions on Belarus over crackdown", "16", "IGOEUR>BLR"},
	{"hl expels", "Poland expels Russian diplomats", "16", "POL>RUS"},
	{"hl recalls envoy", "Algeria recalls ambassador to France", "16", "DZA>FRA"},
	{"hl arrests", "Police arrest opposition leader in Kampala", "17", "UGACOP>UGAOPP"},
	{"hl detains", "Iran detains British-Iranian aid worker", "17", "IRN>"},
	{"hl meets", "Modi meets Biden at White House", "04", "IND>USA"},
	{"hl visits", "Japanese prime minister visits Seoul", "04", "JPN>KOR"},
	{"hl signs deal", "India and Japan sign nuclear deal", "05|03|06", "IND>JPN"},
	{"hl protest", "Thousands protest in Caracas against Maduro", "14", ">VEN"},
	{"hl rally", "Students rally in Dhaka against quota system", "14", "BGD>"},
	{"hl rejects", "Hamas rejects Egyptian ceasefire proposal", "12", "PSE>EGY"},
	{"hl condemns", "Turkey condemns Israeli raid on Al-Aqsa mosque", "11", "TUR>ISR"},
	{"hl accuses", "Ukraine accuses Russia of shelling nuclear plant", "11", "UKR>RUS"},
	{"hl warns", "North Korea warns South Korea over drills", "13|11", "PRK>KOR"},
	{"hl threatens", "Turkey threatens new incursion into Syria", "13", "TUR>SYR"},
	{"hl seizes tanker", "Iran seizes British-flagged tanker in Gulf", "17|19", "IRN>GBR"},
	{"hl frees", "Rebels free 20 hostages in Colombia", "08", "COLREB>"},
	{"hl releases prisoners", "Myanmar releases thousands of prisoners", "08", "MMR>"},
	{"hl aid", "Japan pledges aid to quake-hit Turkey", "05|03|07", "JPN>TUR"},
	{"hl sends troops", "Russia sends troops to Kazakhstan", "07|15|04", "RUS>KAZ"},
	{"hl shells", "Pakistani troops shell Indian posts in Kashmir", "19", "PAKMIL>IND"},
	{"hl bombs", "Saudi-led coalition bombs Yemeni capital", "19", ">YEM"},
	{"hl raids", "Israeli troops raid West Bank camp", "17|19", "ISRMIL>PSE"},
	{"hl kill soldiers", "Militants kill 5 Pakistani soldiers", "18|19", ">PAKMIL"},
	{"hl clash", "Armenian and Azerbaijani forces clash on border", "19", "ARM>AZE"},
	{"hl cuts ties", "Nicaragua cuts ties with Taiwan", "16", "NIC>TWN"},
	{"hl suspends", "African Union suspends Mali after coup", "16", "IGOAFR>MLI"},
	{"hl calls for", "UN calls for ceasefire in Sudan", "02", "IGOUNO>SDN"},
	{"hl urges", "Pope urges peace in Ukraine", "02", ">UKR"},
	{"hl demands", "Protesters demand resignation of Iraqi prime minister", "10", ">IRQGOV"},
	{"hl agree", "Serbia and Kosovo agree to normalise ties", "03|05", "SRB>XKX"},
	{"hl praise", "US praises Kenya for leading Haiti mission", "05", "USA>KEN"},
	{"hl apologise", "Japan apologises to South Korea over wartime labour", "05|06", "JPN>KOR"},
	{"hl investigate", "ICC opens investigation into Philippine drug war", "09", "IGO>PHL"},
	{"hl impose curfew", "Authorities impose curfew in Sri Lankan capital", "17", ">LKA"},
	{"hl deport", "Germany deports Afghan migrants", "17|16", "DEU>AFG"},
	{"hl hosts", "Qatar hosts talks between US and Taliban", "04", "QAT>"},
	{"hl mediates", "Egypt mediates between Israel and Hamas", "04", "EGY>"},
	{"hl blockade", "Saudi Arabia blockades Qatar", "19", "SAU>QAT"},
	{"hl annexes", "Russia annexes Crimea", "19", "RUS>UKR"},
	{"hl invade", "Iraqi troops invade Kuwait", "19", "IRQMIL>KWT"},
	{"hl missile", "North Korea fires missile over Japan", "19|15|13", "PRK>"},
	{"hl veto", "Russia vetoes UN resolution on Syria", "12|16", "RUS>"},
	{"hl boycott", "Opposition boycotts Zimbabwe election", "12|14", "ZWEOPP>"},
	{"hl strike", "Doctors strike in Kenya over pay", "14", "KEN>"},
	{"hl assassinate", "Gunmen assassinate Haitian president", "18", ">HTIGOV"},
	{"hl abduct", "Gunmen abduct 80 schoolchildren in Cameroon", "18", ">CMR"},
	{"hl bomb kills", "Suicide bomber kills 30 at Kabul mosque", "18", ">AFG"},
	{"hl car bomb", "Car bomb kills 15 in Baghdad", "18", ">IRQ"},
	{"hl police fire", "Police fire tear gas at protesters in Nairobi", "17|18", "KENCOP>"},
	{"hl evacuates", "India evacuates citizens from Sudan", "08|07|16|04", "IND>"},
	{"hl withdraw", "US withdraws troops from Syria", "08", "USA>SYR"},
	{"hl lifts sanctions", "US lifts sanctions on Venezuelan oil", "08", "USA>VEN"},
	{"hl ceasefire", "Ethiopia and Tigray rebels agree ceasefire", "03|08", "ETH>"},
	{"hl talks", "Israel and Lebanon hold maritime border talks", "04", "ISR>LBN"},
	{"hl summit", "Kim and Putin hold summit in Vladivostok", "04", "PRK>RUS"},
	{"hl phone", "Xi and Biden speak by phone", "04", "CHN>USA"},
	{"hl recognise", "Spain recognises Palestinian state", "05|03", "ESP>PSE"},
	{"hl sentence", "Egyptian court sentences activist to prison", "11|17", "EGYJUD>"},
	{"hl executes", "Iran executes protester", "18|17", "IRN>"},
	{"hl bans", "Hungary bans Pride march", "17", "HUN>"},
	{"hl closes border", "Pakistan closes border with Afghanistan", "16|17|19", "PAK>AFG"},
	{"hl passive killed", "Five soldiers killed in Mali ambush", "18|19", ">MLI"},
	{"hl passive arrested", "Opposition leader arrested in Senegal", "17", ">SEN"},
	{"hl passive no agent sanctions", "Sanctions imposed on Belarus", "16", ""},
	{"hl accuses of meddling", "China accuses US of meddling in Hong Kong", "11", "CHN>USA"},
	{"hl denies", "Russia denies role in Navalny poisoning", "11|12", ""},
	{"hl kills civilians", "Airstrike kills civilians in Yemen", "18|19", ">YEM"},

	// subject nouns
	{"clashes between killed", "Clashes between police and protesters in Karachi killed three people.", "19|18|17", "PAKCOP>"},
	{"clashes between two countries", "Clashes between Indian and Chinese troops left 20 soldiers dead.", "19", "IND>CHN"},
	{"clashes between two armies erupted", "Clashes between Sudanese and Ethiopian forces erupted along the border.", "19", "SDN>ETH"},
	{"fighting between", "Fighting between the army and rebels in eastern Congo killed dozens.", "19", "COD"},
	{"car bomb killed", "A car bomb in Baghdad killed 15 people on Monday.", "18", ">IRQ"},
	{"suicide bombing killed", "A suicide bombing at a market in Maiduguri killed 20 people.", "18", ">NGA"},
	{"roadside bomb killed", "A roadside bomb killed four Afghan soldiers in Helmand.", "18", ">AFG"},
	{"talks broke down", "Talks between Ethiopia and Egypt over the dam broke down on Tuesday.", "04", "ETH>EGY"},
	{"talks ended", "Talks between Serbia and Kosovo ended without a deal.", "04", "SRB>XKX"},
	{"talks resumed", "Talks between the Afghan government and the Taliban resumed in Doha.", "04", "AFGGOV>AFG"},
	{"arrest with no doer", "The arrest of the opposition leader sparked protests in Dakar.", "17", ""},
	{"arrest of named with no doer", "The arrest of Ousmane Sonko sparked riots across Senegal.", "17", ""},
	{"killing sparked", "The killing of a protester by police sparked riots in Tehran.", "18|19|17", "IRNCOP>"},
	{"Israeli air raids killed", "Israeli air raids killed 12 people in Gaza.", "19|18", "ISR>PSE"},
	{"Russian shelling killed", "Russian shelling killed five civilians in Kherson.", "19", "RUS>UKR"},
	{"Turkish strikes hit", "Turkish drone strikes hit Kurdish positions in northern Iraq.", "19", "TUR>"},
	{"US sanctions hit", "US sanctions on Iran hit its oil exports.", "16", "USA>IRN"},
	{"EU sanctions took effect", "EU sanctions on Belarus took effect on Friday.", "16", "IGOEUR>BLR"},
	{"Chinese blockade", "A Chinese blockade of Taiwan would cripple its economy.", "19", ""},
	{"Saudi blockade continued", "The Saudi blockade of Qatar continued for a third year.", "19", "SAU>QAT"},
	{"visit by", "A visit by the Indian foreign minister to Beijing ended on Friday.", "04", "IND>CHN"},
	{"Russian invasion forced", "The Russian invasion of Ukraine forced millions to flee.", "19", "RUS>UKR"},
	{"Iraqi invasion", "Iraq's invasion of Kuwait triggered a war.", "19", "IRQ>KWT"},
	{"protests by workers spread", "Protests by garment workers spread across Bangladesh.", "14", "BGD"},
	{"strike by teachers closed", "A strike by teachers closed schools across Nigeria.", "14", "NGA"},
	{"boycott by opposition", "A boycott of the vote by the Venezuelan opposition left turnout low.", "12|14", "VENOPP>"},
	{"ceasefire between held", "A ceasefire between Israel and Hamas held on Saturday.", "03|08|04", "ISR>PSE"},
	{"Ukrainian drone attack set fire", "A Ukrainian drone attack set fire to a Russian oil depot.", "17|18|19", "UKR>RUS"},
	{"Houthi attacks", "Houthi attacks on ships in the Red Sea disrupted trade.", "19|18", "YEM"},
	{"Ethiopian offensive displaced", "An Ethiopian offensive in Tigray displaced thousands.", "19", "ETH>"},
	{"NATO airstrikes destroyed", "NATO airstrikes destroyed Libyan tanks near Misrata.", "19", "IGONAT>LBY"},
	{"raid on embassy", "Ecuador's raid on the Mexican embassy drew condemnation.", "17|19", "ECU>MEX"},
	{"expulsion of diplomats", "Britain's expulsion of 23 Russian diplomats angered Moscow.", "16", "GBR>RUS"},
	{"recall of ambassador", "Algeria's recall of its ambassador to Paris deepened the crisis.", "16", "DZA>FRA"},
	{"deployment", "The deployment of Russian troops to Belarus alarmed Poland.", "15|04|07", "RUS"},
	{"execution of", "Saudi Arabia's execution of 81 men drew criticism.", "18|17", "SAU>"},
	{"detention of journalists", "Turkey's detention of 12 journalists drew criticism.", "17", "TUR>"},
	{"release of hostages", "The release of the hostages by Hamas came after weeks of talks.", "08", "PSE"},
	{"seizure of tanker", "Iran's seizure of a Greek tanker raised tensions in the Gulf.", "17|19", "IRN>GRC"},
	{"Indian strikes across", "Indian air strikes across the Line of Control killed militants.", "19", "IND>"},
	{"a missile strike killed", "A Russian missile strike on Dnipro killed 40 people.", "19|18", "RUS>UKR"},
	{"bombardment continued", "Israel's bombardment of Gaza continued for a tenth day.", "19", "ISR>PSE"},
	{"meeting between leaders", "A meeting between the leaders of India and Pakistan ended in Ufa.", "04", "IND>PAK"},
	{"handshake between", "A handshake between the presidents of Ethiopia and Eritrea opened a new era.", "04|05|06|03", "ETH>ERI"},
	{"crackdown by army", "A crackdown by the Myanmar army on protesters left dozens dead.", "17|18", "MMRMIL>"},
	{"hunger strike by prisoners", "A hunger strike by Palestinian prisoners entered its second week.", "14", "PSE"},
	{"occupation continued", "The Moroccan occupation of Western Sahara continued.", "19", "MAR>"},
	{"Iranian missiles struck", "Iranian missiles struck a US base in Iraq.", "19", "IRN>USA"},
	{"Pakistani shelling killed", "Pakistani shelling killed three Indian villagers in Kashmir.", "19", "PAK>IND"},
	{"coup ousted", "A military coup in Niger ousted President Bazoum in July.", "18|19|17", "NERMIL>NERGOV"},

	// occasions: preposition of time or cause
	{"after the arrest of", "Riots broke out after the arrest of the opposition leader by Senegalese police.", "17", "SENCOP>SEN"},
	{"after possessor arrest", "Protests spread after Pakistan's arrest of former prime minister Imran Khan.", "17", "PAK>PAK"},
	{"following the killing of", "Following the killing of a teenager by French police, riots spread across France.", "18|19|17", "FRACOP>"},
	{"amid protests against", "Amid student protests against the government, Bangladesh closed universities.", "14", "BGD>BGDGOV"},
	{"in response to sanctions", "Russia expelled diplomats in response to EU sanctions on Moscow.", "16", "IGOEUR>RUS"},
	{"in retaliation for Israeli strikes", "Hezbollah fired rockets in retaliation for Israeli strikes on Lebanon.", "19", "ISR>LBN"},
	{"after Russian shelling", "Ukraine evacuated Kharkiv after Russian shelling of the city.", "19", "RUS>UKR"},
	{"after the Indian strike", "Pakistan closed its airspace after the Indian air strike on Balakot.", "19", "IND>PAK"},
	{"after Turkish raid", "Iraq summoned the Turkish envoy after a Turkish raid on Kurdish camps in Iraq.", "19|17", "TUR>"},
	{"following US sanctions", "Following US sanctions on Venezuela, oil exports fell.", "16", "USA>VEN"},
	{"amid Chinese drills", "Taiwan scrambled jets amid Chinese military drills near the island.", "15", "CHN"},
	{"during talks between", "During talks between Iran and the EU, the sides agreed on a roadmap.", "04", "IRN>IGOEUR"},
	{"after talks with", "After talks with Egypt's president, Abbas flew to Amman.", "04", "PSE>EGY"},
	{"after a visit by", "After a visit by the Chinese foreign minister to Moscow, the sides issued a statement.", "04", "CHN>RUS"},
	{"in the wake of Russia's invasion", "Finland applied to join NATO in the wake of Russia's invasion of Ukraine.", "19", "RUS>UKR"},
	{"despite US sanctions", "Despite US sanctions on Cuba, tourism grew.", "16", "USA>CUB"},
	{"because of Israeli blockade", "Gaza faces shortages because of the Israeli blockade of the strip.", "19", "ISR>PSE"},
	{"since the coup", "Since the 2021 coup by the Myanmar army, thousands have been jailed.", "18|19|17", "MMRMIL>"},
	{"after the expulsion", "Moscow retaliated after Britain's expulsion of Russian diplomats.", "16", "GBR>RUS"},
	{"after the seizure", "Britain summoned Iran's envoy after Iran's seizure of a British tanker.", "17|19", "IRN>GBR"},
	{"in response to North Korean launch", "South Korea held drills in response to North Korea's missile launch.", "15|19|13", "PRK"},
	{"after Azerbaijani offensive", "Armenia appealed to Russia after an Azerbaijani offensive on Karabakh.", "19", "AZE>"},
	{"amid Ethiopian airstrikes", "Aid workers left Mekelle amid Ethiopian air strikes on the city.", "19", "ETH>"},
	{"following Saudi airstrikes", "Following Saudi air strikes on Sanaa, the Houthis fired missiles at Riyadh.", "19", "SAU>YEM"},
	{"after the assassination of", "Iran vowed revenge after the US assassination of Qassem Soleimani.", "18", "USA>IRN"},
	{"after Ecuador's raid", "Mexico cut ties after Ecuador's raid on its embassy in Quito.", "17|19", "ECU>MEX"},
	{"in response to the Russian annexation", "The West imposed sanctions in response to Russia's annexation of Crimea.", "19", "RUS>UKR"},
	{"after China's ban", "Australian wine exports fell after China's ban on Australian wine.", "16|17", "CHN>AUS"},
	{"after Egyptian mediation", "Israel and Hamas agreed to a truce after Egyptian mediation.", "04", "EGY"},
	{"following the release of", "Following Iran's release of five American prisoners, the US unfroze funds.", "08", "IRN>USA"},
	{"after the Indian army's crackdown", "Protests grew after the Indian army's crackdown on protesters in Kashmir.", "17|18", "INDMIL>"},
	{"amid Venezuelan protests", "Oil prices rose amid protests by Venezuelan opposition supporters against Maduro.", "14", "VEN"},
	{"after police raid", "Nairobi residents protested after a Kenyan police raid on a slum.", "17|19", "KENCOP>"},
	{"after Kenyan protests", "Kenya withdrew the finance bill after mass protests by Kenyan youth.", "14", "KEN"},
	{"in retaliation for Iranian attack", "Israel struck Isfahan in retaliation for Iran's missile attack on Israel.", "19", "IRN>ISR"},
	{"after Pakistani shelling", "Indian villagers fled after Pakistani shelling of border villages in Kashmir.", "19", "PAK>IND"},
	{"during Serbian protests", "During protests by Serbian students against corruption, police detained dozens.", "14", "SRB"},
	{"after the killing by Israeli forces", "The UN called for an inquiry after the killing of a journalist by Israeli forces.", "18|19|17", "ISRMIL>"},
	{"following the Russian withdrawal", "Ukrainian troops entered Kherson following the Russian withdrawal from the city.", "08", "RUS>UKR"},
	{"after the Georgian offensive", "Russia sent troops after a Georgian offensive in South Ossetia.", "19", "GEO>"},
	{"after the Kurdish attack", "Turkey launched air strikes after a PKK attack on its soldiers.", "19|18", ">TURMIL"},
	{"after the Moroccan recognition", "Israel opened an office in Rabat after Morocco's recognition of Israel.", "05|03", "MAR>ISR"},
	{"after China's sanctions", "Lithuania recalled its envoy after China's sanctions on Lithuanian goods.", "16", "CHN>LTU"},
	{"amid Russian troop buildup", "NATO met amid a Russian troop buildup on Ukraine's border.", "15", "RUS"},
	{"after US withdrawal", "The Taliban took Kabul after the US withdrawal from Afghanistan.", "08", "USA>AFG"},
	{"following Israel's raid", "Following an Israeli raid on Jenin, Palestinian groups fired rockets.", "19|17", "ISR>PSE"},
	{"after the Rwandan incursion", "Congo recalled its ambassador after a Rwandan incursion into its territory.", "19", "RWA>COD"},
	{"after French strikes", "The jihadists regrouped after French air strikes in northern Mali.", "19", "FRA>MLI"},
	{"after the Chinese ship rammed", "Manila protested after a Chinese coast guard ship's collision with a Philippine boat.", "19|17", ""},

	// there was / there were
	{"there were clashes, no parties", "There were clashes in Dhaka on Sunday.", "19", ""},
	{"there were clashes between", "There were clashes between police and protesters in Dhaka on Sunday.", "19|17|18|14", "BGD"},
	{"there were clashes between two armies", "There were clashes between Thai and Cambodian troops near the temple.", "19", "THA>KHM"},
	{"there was fighting between", "There was heavy fighting between Armenian and Azerbaijani forces overnight.", "19", "ARM>AZE"},
	{"there were protests against", "There were protests by Pakistani lawyers against the ruling.", "14", "PAK"},
	{"there were talks between", "There were talks between Japan and China on the disputed islands.", "04", "JPN>CHN"},
	{"there was a meeting between", "There was a meeting between Indian and Chinese commanders at the border.", "04", "IND>CHN"},
	{"there were Israeli air strikes", "There were Israeli air strikes on Gaza overnight.", "19", "ISR>PSE"},
	{"there was Russian shelling", "There was Russian shelling of Kharkiv on Monday.", "19", "RUS>UKR"},
	{"there were reports of shelling", "There were reports of shelling near Donetsk.", "19", ""},
	{"there was an explosion", "There was an explosion in central Beirut on Tuesday.", "18|19", ""},
	{"there were no clashes", "There were no clashes between Thai and Cambodian troops on Monday.", "19", ""},
	{"there will be talks", "There will be talks between Serbia and Kosovo next week.", "04", ""},
	{"there was no meeting", "There was no meeting between the Chinese and American leaders.", "04", ""},
	{"there were fears of an attack", "There were fears of a Chinese attack on Taiwan.", "19", ""},
	{"there were no protests", "There were no protests in Minsk on Sunday.", "14", ""},
	{"there were Turkish strikes", "There were Turkish air strikes on Kurdish positions in Syria.", "19", "TUR>"},
	{"there was a strike by workers", "There was a strike by Nigerian oil workers on Monday.", "14", "NGA"},
	{"there was an attack by Boko Haram", "There was an attack by Boko Haram on a village in Borno.", "18|19", "NGA"},
	{"there were arrests by police", "There were arrests of opposition activists by Russian police.", "17", "RUSCOP>"},

	// nouns that must not code
	{"no doer talks", "The talks ended on Tuesday without a deal.", "04", ""},
	{"possible attack", "Officials warned of a possible attack on the capital.", "18|19", ""},
	{"talks are planned", "Talks between Israel and Hamas are planned for next week.", "04", ""},
	{"planned strike", "A planned strike by Kenyan doctors was called off.", "14", ""},
	{"alleged raid", "After the alleged Ugandan raid on Congolese villages, Kinshasa protested.", "19", ""},
	{"talks called off", "Talks between Ethiopia and Sudan were called off.", "04", ""},
	{"meeting cancelled", "A meeting between the Thai and Cambodian leaders was cancelled.", "04", ""},
	{"condemned the invasion", "Germany condemned Russia's invasion of Ukraine.", "19", ""},
	{"feared a blockade", "Taipei feared a Chinese blockade of the island.", "19", ""},
	{"accused of attack", "Kyiv accused Moscow of an attack on a hospital.", "19|18", ""},
	{"threat of sanctions", "The threat of US sanctions on Turkey weighed on the lira.", "16", ""},
	{"rumours of coup", "Rumours of a coup in Bolivia spread on social media.", "18|19|17", ""},
	{"possible talks", "Possible talks between Russia and Ukraine were discussed.", "04", ""},
	{"proposed talks", "The proposed talks between the Koreas were postponed.", "04", ""},
	{"no protests", "No protests were reported in Harare.", "14", ""},
	{"planned visit", "The planned visit of the Chinese president to India was postponed.", "04", ""},
	{"hypothetical invasion", "A Chinese invasion of Taiwan would trigger a global crisis.", "19", ""},
	{"risk of clashes", "The risk of clashes between Indian and Chinese troops remains high.", "19", ""},
	{"a call for talks", "The UN called for talks between the Sudanese army and RSF.", "04", ""},
	{"fear of protests", "Fear of protests kept shops closed in Lagos.", "14", ""},
	{"sanctions not imposed", "EU sanctions on Hungary were never imposed.", "16", ""},
	{"hl talks planned", "Israel and Hamas to hold talks next week", "04", ""},
	{"hl no deal", "Serbia and Kosovo fail to reach deal", "03|05|06", ""},
	{"hl deny attack", "Russia denies attack on Ukrainian hospital", "19|18", ""},
	{"hl could strike", "US could strike Iran, officials say", "19", ""},
	{"hl weighs sanctions", "EU weighs sanctions on Israel", "16", ""},
	{"hl rules out", "Germany rules out sending troops to Ukraine", "07|15|19", ""},
	{"the protest was the first", "The protest was the first in Minsk this year.", "14", ""},
	{"drills were staged", "Military drills were staged near the border.", "15", ""},
	{"the bombing was a tragedy", "The bombing was a tragedy, the mayor said.", "18|19", ""},
	{"investigation into the attack", "Police opened an investigation into the attack on the synagogue.", "18|19", ""},
	{"anniversary of the invasion", "Ukraine marked the anniversary of the invasion on Saturday.", "19", ""},
	{"memorial for victims", "A memorial for the victims of the bombing opened in Oklahoma City.", "18", ""},
	{"debate about sanctions", "Lawmakers debated the sanctions on Russia.", "16", ""},
	{"film about coup", "A film about the 1973 coup in Chile won a prize.", "18|19|17", ""},
	{"the war", "The war in Yemen has displaced millions.", "19", ""},
	{"denied the arrest", "Police denied the arrest of the journalist.", "17", ""},
	{"would protest", "Opposition leaders said protests against the election result could follow.", "14", ""},
	{"negotiations may resume", "Negotiations between Iran and the US may resume next month.", "04", ""},
	{"prepared for attack", "Israel prepared for an Iranian attack.", "19", ""},
	{"question of talks", "Whether talks between the Koreas will happen is unclear.", "04", ""},
	{"prevent clashes", "Troops were deployed to prevent clashes between rival clans.", "19", ""},
	{"calls for protests", "The opposition called for protests against the government.", "14", ""},
	{"threatened sanctions", "Washington threatened sanctions on Ankara.", "16", ""},
	{"no ceasefire", "There was no ceasefire in Gaza on Monday.", "08|03", ""},
	{"avoid a war", "Both sides said they wanted to avoid a war.", "19", ""},
	{"hl accused", "Sudanese army accused of shelling civilians", "19", ""},
	{"hl probe into killing", "UN launches probe into killing of protesters", "18|19", ""},
	{"possible visit", "A possible visit by Modi to Pakistan was discussed.", "04", ""},
	{"the expected strike", "The expected strike by Nigerian unions did not take place.", "14", ""},
	{"hopes of talks", "Hopes of talks between Armenia and Azerbaijan faded.", "04", ""},

	// more varied positive nominal forms
	{"months of protests", "Months of protests by Iranian women shook the government.", "14", "IRN"},
	{"weeks of fighting", "Weeks of fighting between Sudan's army and the RSF destroyed Khartoum.", "19", "SDN"},
	{"years of sanctions", "Years of US sanctions on Cuba have hurt its economy.", "16", "USA>CUB"},
	{"a wave of arrests", "A wave of arrests by Turkish police followed the coup attempt.", "17", "TURCOP>"},
	{"israeli strike killed commander", "An Israeli strike killed a Hezbollah commander in Beirut.", "19|18", "ISR>LBN"},
	{"US drone strike killed", "A US drone strike killed an al-Shabaab leader in Somalia.", "19|18", "USA>SOM"},
	{"Nigerian army raid freed", "A Nigerian army raid freed 30 hostages in Kaduna.", "08|17|19", "NGAMIL>"},
	{"French troops' withdrawal", "The withdrawal of French troops from Niger ended in December.", "08", "FRAMIL>NER"},
	{"China's ban took effect", "China's ban on Japanese seafood took effect on Thursday.", "16|17", "CHN>JPN"},
	{"Philippine protest", "The Philippines' protest against Chinese incursions was lodged on Monday.", "11|14", "PHL>CHN"},
	{"Indian sanctions", "India's ban on rice exports hit African buyers.", "16|17", "IND>"},
	{"hl deal signed", "Iran and Saudi Arabia restore diplomatic ties", "05|03|06|04", "IRN>SAU"},
	{"hl ambassador summoned", "Morocco summons Spanish ambassador", "11|04|16", "MAR>ESP"},
	{"hl praises", "Kenya welcomes US decision on Haiti mission", "05|03", "KEN>USA"},
	{"hl joins", "Finland joins NATO", "05|03|06|04", "FIN>IGONAT"},
	{"hl jailed", "Russian court jails US journalist for 16 years", "11|17", "RUSJUD>USA"},
	{"hl march", "Tens of thousands march in Belgrade against government", "14", ">SRBGOV"},
	{"hl gunmen storm", "Gunmen storm hotel in Mogadishu", "18|19", ">SOM"},
	{"hl rocket attack", "Rockets hit US embassy in Baghdad", "19|18", ">USA"},
	{"hl evacuated", "Thousands flee as Israeli strikes pound Lebanon", "19", "ISR>LBN"},
}
