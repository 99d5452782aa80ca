variable "encrypt" {
  type = bool
}

resource "aws_db_instance" "ok_encrypted" { # want AWS-183 # want AWS-325 # want AWS-391
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
}

resource "aws_db_instance" "ok_unknown" { # want AWS-183 # want AWS-325 # want AWS-391
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = var.encrypt # want-note AWS-021 "var.encrypt has no value"
}

# A read replica inherits the encryption of its source.
resource "aws_db_instance" "ok_replica" { # want AWS-183 # want AWS-391
  instance_class      = "db.t4g.micro"
  replicate_source_db = aws_db_instance.ok_encrypted.identifier
}

# A restore inherits the encryption of the snapshot.
resource "aws_db_instance" "ok_restored" { # want AWS-183 # want-note AWS-391
  instance_class      = "db.t4g.micro"
  snapshot_identifier = "rds:app-2026-01-01"
}

resource "aws_rds_cluster" "ok_aurora" { # want AWS-183 # want AWS-325 # want AWS-391
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
}

# Aurora Serverless v1 is always encrypted.
resource "aws_rds_cluster" "ok_serverless_v1" {
  cluster_identifier = "serverless"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
}

# A secondary cluster of a global database inherits its encryption.
resource "aws_rds_cluster" "ok_secondary" { # want AWS-183 # want AWS-325 # want AWS-391
  cluster_identifier        = "secondary"
  engine                    = "aurora-postgresql"
  global_cluster_identifier = "global-app"
}

# Naming a KMS key implies encryption.
resource "aws_db_instance" "ok_kms" { # want AWS-183 # want AWS-325 # want AWS-391
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
