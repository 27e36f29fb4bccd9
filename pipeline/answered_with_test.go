package pipeline

import "testing"

// TestAnsweredWithObject: a verb of answering whose "with" phrase names an
// act ("answered the killings with a general strike", "responded to the
// verdict with a sit-in") does that act, as without the object ("answered
// with strikes"); what is answered ("answered mortar fire") is no act of
// the subject's.
func TestAnsweredWithObject(t *testing.T) {
	const d = "2020-01-01"
	testLexRows(t, []lexRow{
		{"answered the killings with a strike", d, "Georgians answered the killings with a general strike.", "143", "GEOCVL>GEOGOV", ""},
		{"answered the pay cut with a strike", d, "Nigerian workers answered the arrests with a nationwide strike.", "143", "NGALAB>NGAGOV", ""},
		{"answered the rockets with air strikes", d, "Israel answered the rocket fire with air strikes on Gaza.", "195", "ISR>PSE", ""},
		{"answered with strikes, no object", d, "Israel answered with air strikes on Gaza.", "195", "ISR>PSE", ""},
		{"what is answered is no act", d, "The Indian army answered mortar fire from Pakistan.", "194", "", ""},
	})
}
