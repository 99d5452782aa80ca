resource "aws_db_instance" "public" { # want AWS-183 # want AWS-325 # want AWS-391
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  storage_encrypted   = true
  publicly_accessible = true # want AWS-023
}

resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier  = "aurora"
  instance_class      = "db.r6g.large"
  engine              = "aurora-postgresql"
  publicly_accessible = "true" # want AWS-023
}

resource "aws_neptune_cluster_instance" "graph" {
  cluster_identifier  = "graph"
  instance_class      = "db.r6g.large"
  publicly_accessible = true # want AWS-023
}
