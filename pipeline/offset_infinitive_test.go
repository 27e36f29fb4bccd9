package pipeline

import (
	"testing"
	"time"
)

// TestOffsetReachesTheInfinitive dates the act of a to-infinitive under
// the clause "a day after", "a week after" open as that clause's own act:
// what was voted, decided or agreed that day ("a day after the Council
// voted to bar Iraqi officials": the day before). Guards: the act of the
// main clause and of its own infinitive keeps the main clause's day, and
// the act the offset clause's verb itself names is dated as before.
func TestOffsetReachesTheInfinitive(t *testing.T) {
	sunday := time.Date(2020, 10, 12, 0, 0, 0, 0, time.UTC) // a Monday paper
	testDateRows(t, sunday, []dateRow{
		{"voted to", "Iraq expelled six American inspectors on Sunday, a day after the Security Council voted to bar Iraqi officials from travelling abroad.", "172", "IGOUNO", "2020-10-10"},
		{"decided to", "Russia expelled 23 British diplomats on Sunday, three days after London decided to expel 23 Russian diplomats.", "161", "GBRGOV", "2020-10-08"},
		{"agreed to", "Armenia accused Azerbaijan of shelling Stepanakert on Sunday, a day after both sides agreed to halt the fighting.", "0356", "ARM>", "2020-10-10"},
		{"voted to, a week", "Protesters marched in Minsk on Sunday, a week after the Lithuanian parliament voted to recognise the opposition council.", "054", "LTULEG", "2020-10-04"},
		{"voted to, an imposed blockade", "Hamas fired rockets on Sunday, two days after Israel's cabinet voted to impose a blockade on Gaza.", "191", "ISRGOV", "2020-10-09"},
		{"not: the main clause's act", "Hamas fired rockets on Sunday, two days after Israel's cabinet voted to impose a blockade on Gaza.", "194", "PSEREB", "2020-10-11"},
		{"not: the main clause's infinitive", "Israel struck Gaza on Sunday to stop the rocket fire, a day after Hamas threatened Israel.", "190", "ISR>", "2020-10-11"},
		{"not: the offset clause's own verb", "Israel struck Gaza on Sunday to stop the rocket fire, a day after Hamas threatened Israel.", "130", "PSEREB", "2020-10-10"},
	})
}
