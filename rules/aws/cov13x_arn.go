package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// Resource ARNs that cover every resource of a type.
//
// An identity policy grants an action on every resource not only with
// Resource "*" but with an ARN whose resource part is all wildcard for the
// resource type the action acts on: "arn:aws:s3:::*/*" is every object of
// every bucket, "arn:aws:kms:*:*:key/*" every key, "arn:aws:iam::*:user/*"
// every user. In a resource ARN, * stands for any run of characters within
// a segment, slashes included, and a * that ends a segment extends past the
// colons after it (IAM User Guide, "IAM JSON policy elements: Resource"),
// so "arn:aws:s3:::*" covers every bucket and every object too, and
// "arn:aws:kms:*" every key. Partition, Region and account may be anything
// (a wildcard, a literal, a pseudo parameter): the grant reaches every
// resource of the type there. A resource part that names anything
// ("arn:aws:s3:::my-bucket*", "user/admins/*") is not every resource.

// arnType is the shape of the ARNs of a resource type: its service and the
// fixed text its resource part begins with ("key/", "function:", "" for a
// bucket); every lists further all-wildcard forms of the resource part
// ("*/*" for an object).
type arnType struct {
	service, prefix string
	every           []string
}

var (
	arnBucket  = arnType{service: "s3"}
	arnObject  = arnType{service: "s3", every: []string{"*/*"}}
	arnIAMUser = arnType{service: "iam", prefix: "user/"}
	arnIAMRole = arnType{service: "iam", prefix: "role/"}
	arnIAMGrp  = arnType{service: "iam", prefix: "group/"}
	arnIAMPol  = arnType{service: "iam", prefix: "policy/"}
	arnLambda  = arnType{service: "lambda", prefix: "function:"}
	arnSecret  = arnType{service: "secretsmanager", prefix: "secret:"}
	arnParam   = arnType{service: "ssm", prefix: "parameter/"}
	// An EC2 instance: ssm:SendCommand and ssm:StartSession act on one
	// too (besides a document), as ec2-instance-connect's actions do.
	arnInstance = arnType{service: "ec2", prefix: "instance/"}
)

// actionResourceTypes maps the actions the IAM-3 rules judge (lower case)
// to the ARN shape of the resource each acts on (the service authorization
// reference's resource type for the action).
var actionResourceTypes = map[string]arnType{
	"s3:putbucketpolicy": arnBucket, "s3:putbucketacl": arnBucket, "s3:putbucketpublicaccessblock": arnBucket,
	"s3:putobjectacl": arnObject, "s3:putobjectversionacl": arnObject, "s3:putobject": arnObject,
	"s3:deleteobject": arnObject, "s3:deleteobjectversion": arnObject, "s3:getobject": arnObject,
	"kms:putkeypolicy": {service: "kms", prefix: "key/"}, "kms:creategrant": {service: "kms", prefix: "key/"},
	"kms:decrypt": {service: "kms", prefix: "key/"}, "kms:reencryptfrom": {service: "kms", prefix: "key/"},
	"sqs:addpermission": {service: "sqs"}, "sns:addpermission": {service: "sns"},
	"lambda:addpermission": arnLambda, "lambda:updatefunctioncode": arnLambda,
	"lambda:addlayerversionpermission": {service: "lambda", prefix: "layer:"},
	"ecr:setrepositorypolicy":          {service: "ecr", prefix: "repository/"},
	"secretsmanager:putresourcepolicy": arnSecret, "secretsmanager:getsecretvalue": arnSecret,
	"glacier:setvaultaccesspolicy":         {service: "glacier", prefix: "vaults/"},
	"backup:putbackupvaultaccesspolicy":    {service: "backup", prefix: "backup-vault:"},
	"ec2:modifysnapshotattribute":          {service: "ec2", prefix: "snapshot/"},
	"ec2:modifyimageattribute":             {service: "ec2", prefix: "image/"},
	"ec2:getpassworddata":                  {service: "ec2", prefix: "instance/"},
	"rds:modifydbsnapshotattribute":        {service: "rds", prefix: "snapshot:"},
	"rds:modifydbclustersnapshotattribute": {service: "rds", prefix: "cluster-snapshot:"},
	"ssm:getparameter":                     arnParam, "ssm:getparameters": arnParam, "ssm:getparametersbypath": arnParam,
	"glue:updatedevendpoint": {service: "glue", prefix: "devEndpoint/"},
	"ssm:sendcommand":        arnInstance, "ssm:startsession": arnInstance,
	"ecs:executecommand":                                 {service: "ecs", prefix: "task/"},
	"ec2-instance-connect:sendsshpublickey":              arnInstance,
	"ec2-instance-connect:sendserialconsolesshpublickey": arnInstance,
	"sagemaker:createpresignednotebookinstanceurl":       {service: "sagemaker", prefix: "notebook-instance/"},
	"cloudformation:updatestack":                         {service: "cloudformation", prefix: "stack/"},
	"iam:createpolicyversion":                            arnIAMPol, "iam:setdefaultpolicyversion": arnIAMPol,
	"iam:attachuserpolicy": arnIAMUser, "iam:attachgrouppolicy": arnIAMGrp, "iam:attachrolepolicy": arnIAMRole,
	"iam:putuserpolicy": arnIAMUser, "iam:putgrouppolicy": arnIAMGrp, "iam:putrolepolicy": arnIAMRole,
	"iam:addusertogroup": arnIAMGrp, "iam:updateassumerolepolicy": arnIAMRole,
	"iam:deleteuserpermissionsboundary": arnIAMUser, "iam:deleterolepermissionsboundary": arnIAMRole,
	"iam:createaccesskey": arnIAMUser, "iam:createloginprofile": arnIAMUser, "iam:updateloginprofile": arnIAMUser,
	"iam:updateaccesskey": arnIAMUser, "iam:createservicespecificcredential": arnIAMUser,
	"iam:resetservicespecificcredential": arnIAMUser, "iam:updateservicespecificcredential": arnIAMUser,
	"iam:uploadsshpublickey": arnIAMUser, "iam:updatesshpublickey": arnIAMUser,
	"iam:uploadsigningcertificate": arnIAMUser, "iam:updatesigningcertificate": arnIAMUser,
	"iam:passrole": arnIAMRole, "sts:assumerole": arnIAMRole,
	"iam:deactivatemfadevice": arnIAMUser, "iam:deletevirtualmfadevice": {service: "iam", prefix: "mfa/"},
}

// arnGap stands for an unknown piece of a partly known ARN.
const arnGap = "\x00"

// everyResourceARN returns the first of the resources (a string-or-list
// value) whose ARN covers every resource action acts on, or nil. An
// unknown piece is allowed in the partition, Region and account only.
func everyResourceARN(resources *parser.Value, action string) *parser.Value {
	t, ok := actionResourceTypes[strings.ToLower(action)]
	if !ok {
		return nil
	}
	items := []*parser.Value{resources}
	if resources != nil && resources.Kind == parser.List {
		items = resources.Items()
	}
	for _, r := range items {
		var arn string
		if s, ok := r.AsString(); ok {
			arn = s
		} else if parts := r.KnownParts(); parts != nil {
			arn = strings.Join(parts, arnGap)
		} else {
			continue
		}
		if arnCoversType(strings.TrimSpace(arn), t) {
			return r
		}
	}
	return nil
}

// arnCoversType reports whether a resource ARN pattern covers every
// resource of type t.
func arnCoversType(arn string, t arnType) bool {
	seg := strings.SplitN(arn, ":", 6)
	// The service may be a pattern ("arn:aws:*:*:*:function:*"), and
	// "arn:aws:*" covers every resource of every service.
	if len(seg) < 3 || seg[0] != "arn" || !globMatchFold(strings.TrimSpace(seg[2]), t.service, true) {
		return false
	}
	var res string
	switch {
	case len(seg) == 6:
		res = seg[5]
	case strings.HasSuffix(seg[len(seg)-1], "*"):
		// A * ending the last segment written extends over the rest.
		res = "*"
	default:
		return false
	}
	for strings.Contains(res, "**") {
		res = strings.ReplaceAll(res, "**", "*")
	}
	if strings.Contains(res, arnGap) {
		return false
	}
	if res == "*" {
		return true
	}
	for _, e := range t.every {
		if res == e {
			return true
		}
	}
	// A prefix of the fixed text, then *: "key/*", "key*", "k*".
	head, star := strings.CutSuffix(res, "*")
	return star && !strings.Contains(head, "*") && len(head) <= len(t.prefix) && globMatch(head, t.prefix[:len(head)])
}
