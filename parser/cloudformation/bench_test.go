package cloudformation

import "testing"

func BenchmarkParse(b *testing.B) {
	for _, name := range []string{"short_tags.yaml", "basic.json", "resolve.yaml"} {
		src := readFixture(b, name)
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Parse(src)
			}
		})
	}
}
