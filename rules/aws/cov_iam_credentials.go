package aws

import (
	"encoding/base64"
	"regexp"
	"strings"
	"unicode"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/secrettext"
)

// IAM-5: long-lived credentials written into the code.

// awsSecretCandidate matches a 40-character token of the secret access key
// alphabet; awsSecretLike then rules out hex digests and plain words.
var awsSecretCandidate = regexp.MustCompile(`(^|[^A-Za-z0-9/+])([A-Za-z0-9/+]{40})($|[^A-Za-z0-9/+=])`)

// awsSecretLike reports whether a 40-character token mixes upper case,
// lower case and digits, as generated secrets do (a SHA-1 hex digest or a
// path does not).
func awsSecretLike(s string) bool {
	var upper, lower, digit bool
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper = true
		case unicode.IsLower(r):
			lower = true
		case unicode.IsDigit(r):
			digit = true
		}
	}
	return upper && lower && digit
}

// awsSecretKeyValue reports whether a whole value is a secret access key:
// 40 characters of its alphabet mixing upper case, lower case and digits.
func awsSecretKeyValue(value string) bool {
	v := strings.TrimSpace(value)
	if len(v) != 40 {
		return false
	}
	for _, r := range v {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '/' || r == '+') {
			return false
		}
	}
	return awsSecretLike(v)
}

// hasSecret reports whether text holds a secret-looking token.
func hasSecret(text string) bool {
	if len(text) < 40 {
		return false // no token of 40 characters (most strings of a configuration)
	}
	for _, m := range awsSecretCandidate.FindAllStringSubmatch(text, -1) {
		if awsSecretLike(m[2]) {
			return true
		}
	}
	return false
}

// credentialScan is what a walk over a resource's settings found: the
// values holding access key ids, and whether a secret is beside them.
type credentialScan struct {
	keys   []*parser.Value
	secret bool
	seen   int
	// unordered walks objects in their map's order, and keysOnly looks
	// for key ids only, not for secrets (scanCredentials).
	unordered, keysOnly bool
}

// credentialScanMax bounds the values a walk visits.
const credentialScanMax = 100000

// scanCredentials is a walk over v. The walk visits objects' attributes
// in sorted order, the order the keys found are reported in; a walk in
// the maps' order finds the same keys and secret, without sorting every
// object's keys, when it visits every value. The first walk, in the maps'
// order, looks for key ids only: nearly every resource holds none, and
// then whether a string looks like a secret does not matter (the
// secret's expression over every long string was this rule's whole
// cost, the largest of any rule on the real-world corpus). Only when it
// finds a key id, or stops at its bound, is the walk done again in order,
// looking for both; a key id with no secret beside it is no finding, as
// before.
func scanCredentials(v *parser.Value) credentialScan {
	quick := credentialScan{unordered: true, keysOnly: true}
	quick.walk(v, 0)
	if quick.seen <= credentialScanMax && len(quick.keys) == 0 {
		return credentialScan{seen: quick.seen}
	}
	var c credentialScan
	c.walk(v, 0)
	if quick.seen <= credentialScanMax && !c.secret {
		// Both walks visited every value, so they found the same.
		return credentialScan{seen: quick.seen}
	}
	return c
}

// walk visits every string of v, decoding base64 user data.
func (c *credentialScan) walk(v *parser.Value, depth int) {
	if v == nil || depth > 64 || c.seen > credentialScanMax {
		return
	}
	c.seen++
	switch v.Kind {
	case parser.String:
		c.text(v, v.Str)
		if len(v.Str) >= 24 && !strings.ContainsAny(v.Str, " \n\t") {
			if dec, err := base64.StdEncoding.DecodeString(strings.TrimSpace(v.Str)); err == nil {
				c.text(v, string(dec))
			}
		}
	case parser.List:
		for _, e := range v.Elems {
			c.walk(e, depth+1)
		}
	case parser.Object:
		if c.unordered {
			for _, a := range v.Attrs {
				c.walk(a, depth+1)
			}
			return
		}
		for _, k := range v.Keys() {
			c.walk(v.Attrs[k], depth+1)
		}
	}
}

func (c *credentialScan) text(v *parser.Value, s string) {
	// A key id is 20 characters starting with AKIA or ASIA: the test
	// spares the expression's run on nearly every string.
	if len(s) >= 20 && (strings.Contains(s, "AKIA") || strings.Contains(s, "ASIA")) && secrettext.AWSKeyID.MatchString(s) {
		c.keys = append(c.keys, v)
	}
	if !c.keysOnly && !c.secret && hasSecret(s) {
		c.secret = true
	}
}

func checkHardcodedCredentials(p *engine.Pass) {
	// Provider blocks: a literal secret_key is enough. The configurations
	// the root's aws_ resources use are found by the resources' types and
	// providers alone (Pass.ProvidersUsed, on the root's graph: none on a
	// resource checked as it is evaluated), so that the rule judges each
	// resource's settings alone (Rule.Alone).
	for _, pr := range p.ProvidersUsed("aws_", "aws") {
		secret := pr.Body.Get("secret_key")
		s, ok := secret.AsString()
		if !ok || secret.Kind != parser.String || strings.TrimSpace(s) == "" {
			continue
		}
		// Placeholders ("mock_secret_key", "test") that local test
		// setups pass to skip credential checks are not keys.
		at := pr.Body.Get("access_key")
		if id, ok := at.AsString(); !ok || at.Kind != parser.String || !secrettext.AWSKeyID.MatchString(id) {
			if !hasSecret(s) {
				continue
			}
			at = secret
		}
		p.Report(pr, at, "provider %s has a hard-coded access key and secret key (access_key / secret_key)", pr.Address)
	}
	// Any resource's settings: a key id with a secret beside it. The types
	// where keys are usually pasted count as examined; every other
	// resource is read too.
	p.ResourcesOfType("aws_lambda_function", "aws_instance", "aws_launch_template", "aws_launch_configuration",
		"aws_ecs_task_definition", "AWS::Lambda::Function", "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate",
		"AWS::AutoScaling::LaunchConfiguration", "AWS::ECS::TaskDefinition")
	for _, res := range p.All() {
		if res.Data || res.Format == parser.Terraform && !strings.HasPrefix(res.Type, "aws_") {
			continue
		}
		c := scanCredentials(res.Body)
		if len(c.keys) == 0 || !c.secret {
			continue
		}
		reported := map[*parser.Value]bool{}
		for _, k := range c.keys {
			if reported[k] {
				continue
			}
			reported[k] = true
			p.Report(res, k, "%s holds an AWS access key id and a secret access key in its settings", res.Address)
		}
	}
}
