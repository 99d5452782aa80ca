package cloudformation

import (
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestSSMParameterDefault checks that what param writes into an SSM-typed
// parameter's unknown value reads back, and that other unknowns do not.
func TestSSMParameterDefault(t *testing.T) {
	src := `Parameters:
  Ami:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64
  NoDefault:
    Type: AWS::SSM::Parameter::Value<String>
  Plain:
    Type: String
Resources:
  A:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref Ami
      KeyName: !Ref NoDefault
      UserData: !Ref Plain
`
	tm, diags := Parse(parser.Source{Path: "t.yaml", Bytes: []byte(src)})
	if tm == nil || len(tm.Resources) != 1 {
		t.Fatalf("parse: %v", diags)
	}
	res := tm.Resources[0]
	for _, tc := range []struct {
		attr, want string
		ok         bool
	}{
		{"ImageId", "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64", true},
		{"KeyName", "", false},
		{"UserData", "", false},
	} {
		got, ok := SSMParameterDefault(res.Body.Get(tc.attr))
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: SSMParameterDefault = %q, %v; want %q, %v", tc.attr, got, ok, tc.want, tc.ok)
		}
	}
	if _, ok := SSMParameterDefault(nil); ok {
		t.Error("nil value read as an SSM parameter")
	}
	if _, ok := SSMParameterDefault(&parser.Value{Kind: parser.String, Str: "x"}); ok {
		t.Error("known value read as an SSM parameter")
	}
}
