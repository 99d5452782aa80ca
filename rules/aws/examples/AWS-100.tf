resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier        = "warehouse"
  node_type                 = "ra3.xlarge"
  cluster_subnet_group_name = aws_redshift_subnet_group.private.name
  publicly_accessible       = false
  encrypted                 = true
}
