/**
 * Keys that every node of the hub holds alike, so that what one node signs or issues another accepts: made at random
 * by the first node that needs one and kept in the database, which all nodes share.
 */
package io.paymenthub.sharedkey;
