variable "exports" {
  type = list(string)
}

resource "aws_db_instance" "postgres" { # want AWS-325 # want AWS-391
  engine                          = "postgres"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}

resource "aws_rds_cluster" "aurora" { # want AWS-346 # want AWS-391
  cluster_identifier              = "aurora"
  engine                          = "aurora-mysql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit", "error", "slowquery"]
}

# Cluster members take the cluster's setting.
resource "aws_rds_cluster_instance" "aurora" {
  count              = 2
  cluster_identifier = aws_rds_cluster.aurora.id
  instance_class     = "db.r6g.large"
  engine             = aws_rds_cluster.aurora.engine
}

resource "aws_db_instance" "member" {
  db_cluster_identifier = aws_rds_cluster.aurora.id
  engine                = "aurora-mysql"
  instance_class        = "db.r6g.large"
}

# Aurora Serverless v1 cannot export logs this way.
resource "aws_rds_cluster" "serverless_v1" {
  cluster_identifier = "serverless"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
}

resource "aws_db_instance" "unknown" { # want AWS-325 # want AWS-391
  engine                          = "postgres"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = var.exports # want-note AWS-366
}
