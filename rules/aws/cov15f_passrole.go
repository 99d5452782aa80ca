package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// passedToServiceKey is the condition key that names the service a role
// is passed to (iam:PassedToService).
var passedToServiceKey = map[string]bool{"iam:passedtoservice": true}

// passesToNamedServices reports whether a statement's condition limits it
// to passing roles to named services: an iam:PassedToService test with
// StringEquals or StringLike (not negated, not IfExists) whose values name
// services without wildcards, or are not known statically. IAM Access
// Analyzer's "pass role with star in resource" warning asks for role ARNs
// or this condition. A request that passes no role (sts:AssumeRole) has no
// such key and matches no such test, so the statement grants it nothing.
func passesToNamedServices(st polStatement) bool {
	if st.block {
		for _, c := range st.condition.Items() {
			op, ok1 := c.Get("test").AsString()
			key, ok2 := c.Get("variable").AsString()
			if ok1 && ok2 && passedToServiceTest(op, key, c.Get("values")) {
				return true
			}
		}
		return false
	}
	cond := st.condition
	if cond == nil || cond.Kind != parser.Object {
		return false
	}
	for op, tests := range cond.Attrs {
		if tests == nil || tests.Kind != parser.Object {
			continue
		}
		for key, vals := range tests.Attrs {
			if passedToServiceTest(op, key, vals) {
				return true
			}
		}
	}
	return false
}

// passedToServiceTest reports whether one condition test limits the
// iam:PassedToService key to fixed values.
func passedToServiceTest(op, key string, vals *parser.Value) bool {
	if !passedToServiceKey[strings.ToLower(strings.TrimSpace(key))] {
		return false
	}
	o := strings.ToLower(strings.TrimSpace(op))
	if o != "stringequals" && o != "stringequalsignorecase" && o != "stringlike" {
		return false
	}
	return s3Restricts(op, key, vals, passedToServiceKey)
}
