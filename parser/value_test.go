package parser

import (
	"testing"
	"unsafe"
)

// TestValueSizes pins the sizes of Value and Extra at their size classes
// (208 and 128 bytes): CloudFormation's large templates allocate millions
// of each, and a field more moves every one to the next class.
func TestValueSizes(t *testing.T) {
	if s := unsafe.Sizeof(Value{}); s > 208 {
		t.Errorf("Value is %d bytes, over the 208-byte size class", s)
	}
	if s := unsafe.Sizeof(Extra{}); s > 128 {
		t.Errorf("Extra is %d bytes, over the 128-byte size class", s)
	}
}
