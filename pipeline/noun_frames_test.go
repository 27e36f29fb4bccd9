package pipeline

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestNounFrames is a matrix of event nouns by the frames wires name them
// in, with sentences written for it: a light verb and the noun with its
// preposition ("launched an offensive against"), a possessive ("Russia's
// invasion of Ukraine began"), "the N of Y by X", "N between A and B", the
// noun as a clause's subject ("air strikes by X on Y killed"), the noun
// after a verb of phase that makes it go on ("resumed talks with",
// "stepped up its attacks on") or stops it ("suspended its air strikes",
// "called off the strike": the code of the halt, and no event of the act
// itself), and the noun as the background of a clause whose news is
// another act ("protests erupted after the arrest of X by Y"). A row's name
// opens with its frame. A row passes when its sentence yields its code (a
// root: any code under it) with the dyad given, or, with want "", no event
// of that code; the test counts passes per frame, logs failing rows, and
// fails only when a frame falls below its floor.
func TestNounFrames(t *testing.T) {
	c := newCoder(t)
	c.Statements = true
	ref, err := time.Parse(time.DateOnly, sweepDate)
	if err != nil {
		t.Fatal(err)
	}
	pass, total := map[string]int{}, map[string]int{}
	var frames []string
	for _, tt := range nounFrames {
		frame, _, _ := strings.Cut(tt.name, ":")
		if total[frame] == 0 {
			frames = append(frames, frame)
		}
		total[frame]++
		var got, all []string
		for _, e := range codeText(t, c, tt.text, ref) {
			all = append(all, e.CAMEO+" "+dyad(e))
			if hasAnyCode(e, tt.code) {
				got = append(got, dyad(e))
			}
		}
		switch {
		case tt.want == "" && len(got) > 0:
			t.Logf("%s: got %s %v, want no %s event", tt.name, tt.code, got, tt.code)
		case tt.want != "" && !slices.ContainsFunc(got, func(g string) bool { return dyadWanted(g, tt.want) }):
			t.Logf("%s: got %v, want %s %s", tt.name, all, tt.code, tt.want)
		default:
			pass[frame]++
		}
	}
	for _, f := range frames {
		t.Logf("frame %-8s %2d of %2d rows pass", f, pass[f], total[f])
		if pass[f] < nounFrameFloors[f] {
			t.Errorf("frame %s: %d of %d rows pass, want at least %d", f, pass[f], total[f], nounFrameFloors[f])
		}
	}
}

// nounFrameFloors is how many rows of each frame must pass.
var nounFrameFloors = map[string]int{
	"light": 28, "poss": 10, "ofby": 9, "between": 9, "subj": 10, "goon": 12, "stop": 18, "after": 10,
}

var nounFrames = []lexRow{
	// a light verb, the noun and its preposition
	{"light: launched an attack on a police post", sweepDate, "Taliban fighters launched an attack on a police post in Kunduz province.", "19", "AFG*>AFG*", ""},
	{"light: carried out air strikes on positions", sweepDate, "The Saudi-led coalition carried out air strikes on Houthi positions in Sanaa.", "195", "SAU*>YEM*", ""},
	{"light: launched an offensive against forces", sweepDate, "Ethiopian troops launched an offensive against Tigrayan forces.", "190", "ETH*>ETH*", ""},
	{"light: carried out shelling of villages", sweepDate, "Azerbaijani forces carried out heavy shelling of Armenian villages.", "194", "AZE*>ARM*", ""},
	{"light: conducted a raid on a camp", sweepDate, "Israeli troops conducted a raid on the Jenin refugee camp.", "19", "ISR*>PSE*", ""},
	{"light: launched a crackdown on protesters", sweepDate, "Iranian authorities launched a crackdown on protesters in Tehran.", "175", "IRN*>IRN*", ""},
	{"light: carried out mass arrests of supporters", sweepDate, "Police in Uganda carried out mass arrests of opposition supporters.", "173", "UGA*>UGA*", ""},
	{"light: ordered the expulsion of diplomats", sweepDate, "Poland ordered the expulsion of 45 Russian diplomats.", "161", "POL*>RUS*", ""},
	{"light: staged a boycott of parliament", sweepDate, "Opposition parties in Zimbabwe staged a boycott of parliament.", "14", "ZWE*>ZWE*", ""},
	{"light: imposed a blockade on a country", sweepDate, "Saudi Arabia imposed a blockade on Qatar in June.", "191", "SAU*>QAT*", ""},
	{"light: imposed a ban on imports", sweepDate, "Russia imposed a ban on imports of Polish apples.", "163", "RUS*>POL*", ""},
	{"light: imposed a curfew on a city", sweepDate, "The Nigerien military imposed a curfew on Niamey.", "1723", "NER*>NER*", ""},
	{"light: imposed sanctions on officials", sweepDate, "The European Union imposed sanctions on Belarusian officials.", "163", "IGOEUR*>BLR*", ""},
	{"light: announced the release of prisoners", sweepDate, "Myanmar's junta announced the release of 700 political prisoners.", "0841", "MMR*>MMR*", ""},
	{"light: issued an ultimatum to a group", sweepDate, "Israel issued an ultimatum to Hezbollah.", "13", "ISR*>LBN*", ""},
	{"light: issued an appeal to a neighbour", sweepDate, "Sri Lanka issued an appeal to India for fuel aid.", "02", "LKA*>IND*", ""},
	{"light: declared a ceasefire with a force", sweepDate, "The Sudanese army declared a ceasefire with the Rapid Support Forces.", "0871", "SDN*>SDN*", ""},
	{"light: staged a strike over wages", sweepDate, "Doctors in Kenya staged a strike over unpaid wages.", "143", "KEN*>*", ""},
	{"light: staged a sit-in outside headquarters", sweepDate, "Sudanese protesters staged a sit-in outside the army headquarters in Khartoum.", "14", "SDN*>SDN*", ""},
	{"light: held a protest outside an embassy", sweepDate, "Armenian activists held a protest outside the Russian embassy in Yerevan.", "14", "ARM*>RUS*", ""},
	{"light: launched an invasion of a country", sweepDate, "Russia launched a full-scale invasion of Ukraine.", "190", "RUS*>UKR*", ""},
	{"light: imposed a siege on a suburb", sweepDate, "Syrian government forces imposed a siege on eastern Ghouta.", "191", "SYR*>SYR*", ""},
	{"light: carried out a kidnapping of pupils", sweepDate, "Boko Haram carried out the kidnapping of 276 schoolgirls in Chibok.", "181", "NGA*>NGA*", ""},
	{"light: began the withdrawal of troops", sweepDate, "The United States began the withdrawal of its troops from Afghanistan.", "087", "USA*>AFG*", ""},
	{"light: undertook mediation between two", sweepDate, "Qatar undertook mediation between Israel and Hamas.", "045", "QAT*>ISR*/PSE*", ""},
	{"light: opened an investigation into a leader", sweepDate, "Colombian prosecutors opened an investigation into former President Uribe.", "09", "COL*>COL*", ""},
	{"light: held talks with a rival", sweepDate, "Saudi Arabia held talks with Iran in Baghdad.", "04", "SAU*>IRN*", ""},
	{"light: made a state visit to a country", sweepDate, "Xi Jinping made a state visit to Kazakhstan.", "042", "CHN*>KAZ*", ""},
	{"light: held a meeting with a president", sweepDate, "Erdogan held a meeting with Aliyev in Baku.", "04", "TUR*>AZE*", ""},
	{"light: opened negotiations with a neighbour", sweepDate, "Egypt opened negotiations with Ethiopia over the dam.", "046", "EGY*>ETH*", ""},
	{"light: staged military exercises near an island", sweepDate, "China staged military exercises near Taiwan.", "15", "CHN*>*", ""},

	// a possessive
	{"poss: an invasion of a country began", sweepDate, "Russia's invasion of Ukraine began on February 24.", "190", "RUS*>UKR*", ""},
	{"poss: a visit to a country lasted", sweepDate, "Xi's visit to Kazakhstan lasted three days.", "042", "CHN*>KAZ*", ""},
	{"poss: a blockade entered its year", sweepDate, "Israel's blockade of Gaza entered its 17th year.", "191", "ISR*>PSE*", ""},
	{"poss: a ban took effect", sweepDate, "China's ban on Australian wine took effect in March.", "163", "CHN*>AUS*", ""},
	{"poss: an offensive against militias began", sweepDate, "Turkey's offensive against Kurdish militias in Syria began on Wednesday.", "190", "TUR*>*", ""},
	{"poss: an expulsion of refugees continued", sweepDate, "Pakistan's expulsion of Afghan refugees continued on Tuesday.", "174", "PAK*>AFG*", ""},
	{"poss: a release came after talks", sweepDate, "Venezuela's release of six Americans came after talks with Washington.", "0841", "VEN*>USA*", ""},
	{"poss: a crackdown intensified", sweepDate, "Iran's crackdown on women activists intensified last month.", "175", "IRN*>IRN*", ""},
	{"poss: a mediation continued", sweepDate, "Egypt's mediation between Hamas and Israel continued in Cairo.", "045", "EGY*>PSE*/ISR*", ""},
	{"poss: sanctions took effect", sweepDate, "Britain's sanctions on Russian banks took effect on Friday.", "163", "GBR*>RUS*", ""},
	{"poss: an attack on a post killed", sweepDate, "Hezbollah's attack on an Israeli army post killed two soldiers.", "19", "LBN*>ISR*", ""},
	{"poss: talks resumed", sweepDate, "Qatar's talks with the Taliban resumed in Doha.", "04", "QAT*>AFG*", ""},
	{"poss: a siege lasted", sweepDate, "Ethiopia's siege of Tigray lasted two years.", "191", "ETH*>ETH*", ""},

	// the N of Y by X
	{"ofby: the arrest of a leader by police sparked", sweepDate, "The arrest of opposition leader Alexei Navalny by Russian police sparked protests.", "173", "RUS*>RUS*", ""},
	{"ofby: the expulsion of diplomats by a country angered", sweepDate, "The expulsion of two Chinese diplomats by Canada angered Beijing.", "161", "CAN*>CHN*", ""},
	{"ofby: the shelling of a city by forces killed", sweepDate, "The shelling of Kharkiv by Russian forces killed five civilians.", "194", "RUS*>UKR*", ""},
	{"ofby: the release of hostages by a group", sweepDate, "The release of 20 Thai hostages by Hamas was welcomed in Bangkok.", "0841", "PSE*>THA*", ""},
	{"ofby: the blockade of a country by a country lasted", sweepDate, "The blockade of Qatar by Saudi Arabia lasted three years.", "191", "SAU*>QAT*", ""},
	{"ofby: the annexation of a peninsula by a country drew", sweepDate, "The annexation of Crimea by Russia drew Western sanctions.", "192", "RUS*>UKR*", ""},
	{"ofby: the invasion of a country by a country triggered", sweepDate, "The invasion of Kuwait by Iraq triggered the Gulf War.", "190", "IRQ*>KWT*", ""},
	{"ofby: the siege of a city by troops lasted", sweepDate, "The siege of Mariupol by Russian troops lasted nearly three months.", "191", "RUS*>UKR*", ""},
	{"ofby: the kidnapping of pupils by gunmen shocked", sweepDate, "The kidnapping of 80 pupils by Boko Haram fighters shocked Nigeria.", "181", "NGA*>NGA*", ""},
	{"ofby: the detention of a journalist by security forces", sweepDate, "The detention of a Turkish journalist by Egyptian security forces drew protests.", "173", "EGY*>TUR*", ""},

	// N between A and B
	{"between: talks took place", sweepDate, "Talks between Armenia and Azerbaijan took place in Washington.", "04", "ARM*>AZE*", ""},
	{"between: clashes erupted", sweepDate, "Clashes between Indian and Chinese troops erupted in Ladakh.", "190", "IND*>CHN*", ""},
	{"between: negotiations resumed", sweepDate, "Negotiations between Egypt and Ethiopia resumed in Khartoum.", "046", "EGY*>ETH*", ""},
	{"between: a meeting took place", sweepDate, "A meeting between Biden and Xi took place in Bali.", "04", "USA*>CHN*", ""},
	{"between: a ceasefire took effect", sweepDate, "A ceasefire between Israel and Hamas took effect on Sunday.", "0871", "ISR*>PSE*", ""},
	{"between: drills began", sweepDate, "Naval drills between Russia and Belarus began on Monday.", "06", "RUS*>BLR*", ""},
	{"between: shelling killed", sweepDate, "Shelling between Indian and Pakistani forces along the Line of Control killed three civilians.", "194", "IND*>PAK*", ""},
	{"between: a prisoner exchange took place", sweepDate, "A prisoner exchange between Russia and Ukraine took place on Saturday.", "0841", "RUS*>UKR*", ""},
	{"between: a summit opened", sweepDate, "A summit between Japan and South Korea opened in Tokyo.", "04", "JPN*>KOR*", ""},

	// the noun as its clause's subject
	{"subj: air strikes by a country on a city killed", sweepDate, "Air strikes by Russia on Idlib killed 12 civilians.", "195", "RUS*>SYR*", ""},
	{"subj: a nationality's air strikes killed", sweepDate, "Israeli air strikes on Gaza killed dozens of people on Tuesday.", "195", "ISR*>PSE*", ""},
	{"subj: a group's attack on a post killed", sweepDate, "A Taliban attack on a police post killed eight officers in Kunduz.", "19", "AFG*>AFG*", ""},
	{"subj: shelling of a city killed", sweepDate, "Russian shelling of Kherson killed three people.", "194", "RUS*>UKR*", ""},
	{"subj: clashes between troops killed", sweepDate, "Clashes between Armenian and Azerbaijani troops killed 15 soldiers.", "190", "ARM*>AZE*", ""},
	{"subj: a crackdown by forces left dead", sweepDate, "A crackdown on protesters by Iranian security forces left dozens dead.", "175", "IRN*>IRN*", ""},
	{"subj: a missile attack sparked a fire", sweepDate, "A Houthi missile attack on a Saudi oil facility sparked a fire in Jeddah.", "19", "YEM*>SAU*", ""},
	{"subj: a blockade caused shortages", sweepDate, "The Saudi blockade of Yemen caused severe shortages.", "191", "SAU*>YEM*", ""},
	{"subj: a raid left dead", sweepDate, "An Israeli raid on Jenin left 12 Palestinians dead.", "19", "ISR*>PSE*", ""},
	{"subj: a strike by doctors paralysed", sweepDate, "A strike by Nigerian doctors paralysed hospitals across the country.", "143", "NGA*>*", ""},
	{"subj: sanctions on a country hurt", sweepDate, "Chinese sanctions on Lithuania hurt its exports.", "163", "CHN*>LTU*", ""},
	{"subj: an invasion forced people to flee", sweepDate, "The Russian invasion of Ukraine forced millions to flee.", "190", "RUS*>UKR*", ""},

	// a verb of phase that makes the act go on
	{"goon: stepped up its attacks on cities", sweepDate, "Russia stepped up its attacks on Ukrainian cities.", "19", "RUS*>UKR*", ""},
	{"goon: resumed air strikes on a strip", sweepDate, "Israel resumed air strikes on Gaza on Friday.", "195", "ISR*>PSE*", ""},
	{"goon: intensified its shelling of villages", sweepDate, "Turkey intensified its shelling of Kurdish villages in northern Syria.", "194", "TUR*>SYR*", ""},
	{"goon: resumed talks on a dam", sweepDate, "Egypt and Ethiopia resumed talks on the dam.", "04", "EGY*>ETH*", ""},
	{"goon: renewed its offensive against a force", sweepDate, "Sudan's army renewed its offensive against the Rapid Support Forces.", "190", "SDN*>SDN*", ""},
	{"goon: stepped up their crackdown on protesters", sweepDate, "Iranian authorities stepped up their crackdown on protesters.", "175", "IRN*>IRN*", ""},
	{"goon: escalated their attacks on shipping", sweepDate, "The Houthis escalated their attacks on shipping in the Red Sea.", "19", "YEM*>*", ""},
	{"goon: resumed the expulsion of migrants", sweepDate, "Pakistan resumed the expulsion of Afghan migrants.", "174", "PAK*>AFG*", ""},
	{"goon: intensified their bombardment of positions", sweepDate, "Ukrainian forces intensified their bombardment of Russian positions.", "19", "UKR*>RUS*", ""},
	{"goon: resumed their strike", sweepDate, "Doctors in Nigeria resumed their strike on Monday.", "143", "NGA*>*", ""},
	{"goon: resumed peace talks with rebels", sweepDate, "Colombia resumed peace talks with the ELN.", "04", "COL*>COL*", ""},
	{"goon: continued its blockade of a country", sweepDate, "Saudi Arabia continued its blockade of Qatar.", "191", "SAU*>QAT*", ""},

	// a verb of phase that stops it: the halt, and no act
	{"stop: suspended its air strikes on a province", sweepDate, "Russia suspended its air strikes on Idlib.", "087", "RUS*>SYR*", ""},
	{"stop: suspended air strikes is no strike", sweepDate, "Russia suspended its air strikes on Idlib.", "195", "", ""},
	{"stop: called off its offensive", sweepDate, "Ethiopia called off its offensive against Tigrayan forces.", "087", "ETH*>ETH*", ""},
	{"stop: called off offensive is no offensive", sweepDate, "Ethiopia called off its offensive against Tigrayan forces.", "190", "", ""},
	{"stop: halted its shelling of a town", sweepDate, "Armenia halted its shelling of Azerbaijani villages.", "087", "ARM*>AZE*", ""},
	{"stop: halted shelling is no shelling", sweepDate, "Armenia halted its shelling of Azerbaijani villages.", "194", "", ""},
	{"stop: a labour strike called off eases no dissent", sweepDate, "Nigerian doctors called off their strike.", "082", "", ""},
	{"stop: called off their protest", sweepDate, "Kenyan opposition supporters called off their protest in Nairobi.", "082", "KEN*>*", ""},
	{"stop: called off a protest is no protest", sweepDate, "Kenyan opposition supporters called off their protest in Nairobi.", "14", "", ""},
	{"stop: called off a strike is no strike", sweepDate, "Nigerian doctors called off their strike.", "143", "", ""},
	{"stop: suspended their sit-in", sweepDate, "Armenian protesters suspended their sit-in outside parliament.", "082", "ARM*>*", ""},
	{"stop: ended its blockade of a country", sweepDate, "Saudi Arabia ended its blockade of Qatar.", "0872", "SAU*>QAT*", ""},
	{"stop: ended a blockade is no blockade", sweepDate, "Saudi Arabia ended its blockade of Qatar.", "191", "", ""},
	{"stop: lifted sanctions on oil", sweepDate, "The United States lifted sanctions on Venezuelan oil.", "085", "USA*>VEN*", ""},
	{"stop: suspended talks with a neighbour", sweepDate, "Egypt suspended talks with Ethiopia over the dam.", "164", "EGY*>ETH*", ""},
	{"stop: suspended talks is no meeting", sweepDate, "Egypt suspended talks with Ethiopia over the dam.", "04", "", ""},
	{"stop: suspended its mediation", sweepDate, "Qatar suspended its mediation between Israel and Hamas.", "165", "QAT*>ISR*/PSE*", ""},
	{"stop: ended its crackdown on the press", sweepDate, "Nicaragua's government ended its crackdown on the press.", "08", "NIC*>NIC*", ""},
	{"stop: ended its boycott of goods", sweepDate, "Turkey ended its boycott of French goods.", "085", "TUR*>FRA*", ""},

	// the noun as the background of another act
	{"after: protests erupted after the arrest of a leader by police", sweepDate, "Protests erupted in Minsk after the arrest of an opposition leader by Belarusian police.", "173", "BLR*>BLR*", ""},
	{"after: recalled its ambassador following the expulsion", sweepDate, "Kyiv recalled its ambassador following the expulsion of two Ukrainian diplomats by Hungary.", "161", "HUN*>UKR*", ""},
	{"after: prices rose after air strikes", sweepDate, "Oil prices rose after Israeli air strikes on Iran.", "195", "ISR*>IRN*", ""},
	{"after: markets fell following an invasion", sweepDate, "Markets fell following Russia's invasion of Ukraine.", "190", "RUS*>UKR*", ""},
	{"after: imposed sanctions after an annexation", sweepDate, "Washington imposed sanctions on Moscow after the annexation of Crimea by Russia.", "192", "RUS*>UKR*", ""},
	{"after: tensions rose after a blockade", sweepDate, "Tensions rose after China's blockade of Taiwan's ports.", "191", "CHN*>TWN*", ""},
	{"after: fled after the shelling", sweepDate, "Thousands fled Donetsk after the shelling of the city by Ukrainian forces.", "194", "UKR*>UKR*", ""},
	{"after: resigned after the kidnapping", sweepDate, "Nigeria's police chief resigned after the kidnapping of 80 pupils by Boko Haram.", "181", "NGA*>NGA*", ""},
	{"after: returned home after his visit", sweepDate, "Modi returned home after his visit to the United States.", "042", "IND*>USA*", ""},
	{"after: the news after talks", sweepDate, "The rouble rallied after talks between Russia and Ukraine in Istanbul.", "04", "RUS*>UKR*", ""},
}
