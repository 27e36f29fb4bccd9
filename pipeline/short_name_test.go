package pipeline

import "testing"

// TestGroupShortName pins the head word of a group's name the story gave
// in full standing later for that group, as a surname does for a person:
// after "the Liberation Tigers of Tamil Eelam" (or "Tamil Tigers", in the
// headline too), "the Tigers" and "a Tiger suicide squad" are the LTTE.
// Guards: the word with no group named before, or with no article
// ("Tigers fans"), names no one, and a head that is an agent noun ("the
// National Liberation Army ... The Army") stays the state's.
func TestGroupShortName(t *testing.T) {
	const full = "Truce\n\nCOLOMBO, Sri Lanka —\n\nThe Liberation Tigers of Tamil Eelam said on Monday they wanted talks.\n\n"
	testLexRows(t, []lexRow{
		{"the Tigers after the full name", "2005-01-01", full + "The Tigers attacked an army camp near Jaffna on Tuesday.", "190", "LKAREB>LKAMIL", ""},
		{"a spokesman for the Tigers", "2005-01-01", full + "A spokesman for the Tigers accused the government of breaking the truce.", "112", "LKAREB>LKAGOV", ""},
		{"a Tiger suicide squad", "2005-01-01", full + "A Tiger suicide squad attacked the air base on Tuesday.", "190", "LKAREB>", ""},
		{"the Tigers after the headline's name", "2002-02-23", "Tamil Tigers declare truce\n\nCOLOMBO, Sri Lanka —\n\nThe Tigers began a unilateral truce on Tuesday.", "0871", "LKAREB>", ""},
		{"the Tigers after a sentence's short form", "2005-01-01", "Sri Lanka\n\nCOLOMBO, Sri Lanka —\n\nTamil Tigers killed 10 soldiers on Monday.\n\nThe Tigers accused the government of breaking the truce.", "112", "LKAREB>LKAGOV", ""},
		// guards
		{"guard: the Tigers with no group named", "2005-01-01", "Game\n\nCOLOMBO, Sri Lanka —\n\nThe Tigers attacked an army camp near Jaffna on Tuesday.", "190", "", ""},
		{"guard: Tigers with no article", "2005-01-01", full + "Tigers fans attacked an army camp near Jaffna on Tuesday.", "190", "", ""},
		{"guard: an agent noun as the head", "2005-01-01", "Colombia\n\nBOGOTA, Colombia —\n\nThe National Liberation Army said on Monday it wanted talks.\n\nThe Army attacked a rebel camp near Arauca on Tuesday.", "190", "COLMIL>COLREB", ""},
	})
}
