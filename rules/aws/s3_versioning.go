package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkS3VersioningDisabled(p *engine.Pass) {
	type offValue struct {
		res  *parser.Resource
		at   *parser.Value
		what string
	}
	for _, bucket := range s3Buckets(p) {
		lock := s3ObjectLock(p, bucket)
		if lock.on == parser.True {
			continue
		}
		// off collects the values that turn versioning off explicitly;
		// open says what may turn it on, when that cannot be told.
		var off []offValue
		enabled, open := false, lock.open
		unsure := func(v parser.Verdict) {
			if open.Answer != parser.CannotTell {
				open = v
			}
		}
		status := func(res *parser.Resource, v *parser.Value, name string) {
			switch s, ok := v.AsString(); {
			case parser.Set(v) == parser.CannotTell:
				unsure(parser.Unknowable(v, name))
			case !ok || s == "Enabled":
				enabled = true
			default:
				off = append(off, offValue{res, v, "versioning is " + s})
			}
		}
		switch bucket.Type {
		case s3TF:
			cfgs, o := s3AttachedOpen(p, bucket, "bucket", "aws_s3_bucket_versioning")
			unsure(o)
			for _, r := range cfgs {
				switch vc := r.Body.Get("versioning_configuration"); {
				case vc == nil:
					enabled = true // required: the provider rejects it
				case parser.Set(vc) != parser.No:
					status(r, parser.Lookup(vc, "status"), "versioning_configuration.status")
				}
			}
			legacy := bucket.Body.Get("versioning")
			if parser.Set(legacy) == parser.CannotTell {
				unsure(parser.Unknowable(legacy, "versioning"))
			}
			for _, v := range legacy.Items() {
				switch en := v.Get("enabled"); en.Truth(false) {
				case parser.True:
					enabled = true
				case parser.Maybe:
					unsure(parser.Unknowable(en, "versioning.enabled"))
				default:
					if !en.IsNull() {
						off = append(off, offValue{bucket, en, "versioning is disabled (enabled = false)"})
					} else {
						off = append(off, offValue{bucket, v, "the versioning block does not set enabled = true"})
					}
				}
			}
		case s3CFN:
			if vc := bucket.Body.Get("VersioningConfiguration"); !vc.IsNull() {
				status(bucket, parser.Lookup(vc, "Status"), "VersioningConfiguration.Status")
			}
		}
		if !enabled && open.Answer == parser.CannotTell {
			p.CannotTell(bucket, open.At, open.Detail)
			continue
		}
		if enabled {
			continue
		}
		if len(off) == 0 {
			p.Report(bucket, nil, "%s does not have versioning enabled: it has no versioning configuration", bucket.Address)
		}
		for _, o := range off {
			if o.res == bucket {
				p.Report(bucket, o.at, "%s: %s", bucket.Address, o.what)
			} else {
				p.Report(o.res, o.at, "%s: %s on bucket %s", o.res.Address, o.what, bucket.Address)
			}
		}
	}
}
