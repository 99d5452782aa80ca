package terraform

import (
	"math/big"
	"testing"
)

// TestNumberText checks numberText against the shortest decimal of
// math/big, which it replaces for integers.
func TestNumberText(t *testing.T) {
	negZero := new(big.Float).SetPrec(512).Neg(new(big.Float).SetPrec(512))
	cases := []*big.Float{negZero}
	for _, s := range []string{"0", "1", "-1", "443", "65535", "-65535", "9007199254740993", "9223372036854775807",
		"-9223372036854775808", "9223372036854775808", "1e30", "0.5", "-2.25", "1.1", "123456789012345678901234567890"} {
		for _, prec := range []uint{8, 53, 64, 512} {
			f, _, err := big.ParseFloat(s, 10, prec, big.ToNearestEven)
			if err != nil {
				t.Fatal(err)
			}
			cases = append(cases, f)
		}
	}
	for _, f := range cases {
		if got, want := numberText(f), f.Text('f', -1); got != want {
			t.Errorf("numberText(%v, prec %d) = %q, want %q", f, f.Prec(), got, want)
		}
	}
}
